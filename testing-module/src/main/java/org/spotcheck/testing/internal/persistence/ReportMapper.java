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

    ReportRow findByNo(@Param("reportNo") String reportNo);

    /** Every version of a lab sample's report, newest first. */
    List<ReportRow> versions(@Param("labSampleId") long labSampleId);

    /** The issued version that corrects this one, or null. */
    ReportRow issuedSuccessor(@Param("id") long id);

    /** All items of one report in one statement; the rows' ids are not set. Not called with an empty list. */
    void insertItems(@org.apache.ibatis.annotations.Param("items") java.util.List<ReportItemRow> items);

    List<ReportItemRow> items(@Param("reportId") long reportId);

    void insertEvent(ReportEventRow row);

    List<ReportEventRow> events(@Param("reportId") long reportId);
}
