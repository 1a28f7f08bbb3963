package org.spotcheck.app.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_calendar_day. */
@Mapper
public interface CalendarDayMapper {

    List<CalendarDay> between(@Param("from") LocalDate from, @Param("to") LocalDate to);

    CalendarDay find(@Param("date") LocalDate date);

    int insert(CalendarDay day);

    int update(CalendarDay day);

    int delete(@Param("date") LocalDate date);
}
