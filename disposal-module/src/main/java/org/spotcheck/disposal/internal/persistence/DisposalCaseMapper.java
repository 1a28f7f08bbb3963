package org.spotcheck.disposal.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of dsp_case, dsp_case_event and dsp_case_item. */
@Mapper
public interface DisposalCaseMapper {

    void insert(DisposalCaseRow row);

    DisposalCaseRow find(@Param("id") long id);

    List<DisposalCaseRow> listForOrganisation(@Param("orgCode") String orgCode);

    /** The cases of one spot-check task code, oldest first. */
    List<DisposalCaseRow> ofTask(@Param("taskCode") String taskCode);

    int update(@Param("row") DisposalCaseRow row, @Param("fromStatus") String fromStatus);

    void insertEvent(CaseEventRow row);

    List<CaseEventRow> events(@Param("caseId") long caseId);

    void insertItem(CaseItemRow row);

    List<CaseItemRow> items(@Param("caseId") long caseId);

    void updateItem(CaseItemRow row);

    /** Cases opened in [from, to) for statistics and warnings. */
    List<DisposalCaseRow> openedBetween(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    /** Cases whose conclusion became final in [from, to), for the warning windows. */
    List<DisposalCaseRow> concludedBetween(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    /** The failed items of the cases concluded in [from, to). */
    List<CaseItemRow> itemsOfCasesConcludedBetween(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    /** The failed items of the cases opened in [from, to). */
    List<CaseItemRow> itemsOfCasesOpenedBetween(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);
}
