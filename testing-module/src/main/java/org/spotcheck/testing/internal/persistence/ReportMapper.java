package org.spotcheck.testing.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of tst_report and tst_report_event. */
@Mapper
public interface ReportMapper {

    void insert(ReportRow row);

    ReportRow find(@Param("id") long id);

    ReportRow current(@Param("labSampleId") long labSampleId);

    /** Optimistic update of the mutable columns; refuses ISSUED reports. */
    int update(@Param("row") ReportRow row, @Param("fromStatus") String fromStatus);

    void insertEvent(ReportEventRow row);

    List<ReportEventRow> events(@Param("reportId") long reportId);
}
