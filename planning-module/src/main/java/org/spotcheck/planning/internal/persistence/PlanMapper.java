package org.spotcheck.planning.internal.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of pln_plan, pln_plan_item and pln_plan_event. */
@Mapper
public interface PlanMapper {

    void insertPlan(PlanRow row);

    void updateCode(@Param("id") long id, @Param("code") String code);

    PlanRow findPlan(@Param("id") long id);

    /** The version that amends this one, if any. */
    PlanRow findAmendmentOf(@Param("id") long id);

    List<PlanRow> listByAuthority(@Param("authorityCode") String authorityCode);

    List<PlanRow> listPublic();

    /** The plans list's search criteria as SQL takes them (issue 17.4): LIKE patterns already escaped; the scope is the authority. */
    record SearchCriteria(String authorityCode, String code, String product, String productCode, String region, String status,
            Integer year) {
    }

    List<PlanRow> search(@Param("c") SearchCriteria criteria, @Param("limit") int limit, @Param("offset") long offset);

    long countSearch(@Param("c") SearchCriteria criteria);

    /** The regions the authority's plans and their items name, for the plans list's region choice (issue 17). */
    List<String> regions(@Param("authorityCode") String authorityCode);

    /** Optimistic transition: only applies when status and row version are still the expected ones. */
    int transition(@Param("id") long id, @Param("fromStatus") String fromStatus, @Param("rowVersion") int rowVersion,
            @Param("toStatus") String toStatus, @Param("reviewedBy") String reviewedBy,
            @Param("approvedBy") String approvedBy, @Param("now") Instant now);

    /** Replaces title, year and legal basis of a plan being edited (optimistic on row version). */
    int updateContent(@Param("id") long id, @Param("rowVersion") int rowVersion, @Param("title") String title,
            @Param("planYear") int planYear, @Param("legalBasis") String legalBasis, @Param("now") Instant now);

    /** Fixes the approval path at submission and starts a new round. */
    void startRound(@Param("id") long id, @Param("sectionReview") boolean sectionReview,
            @Param("approvalLevels") int approvalLevels);

    void setApprovalsDone(@Param("id") long id, @Param("approvalsDone") int approvalsDone);

    void setFiled(@Param("id") long id, @Param("filedWith") String filedWith, @Param("filedAt") Instant filedAt);

    void insertItem(PlanItemRow row);

    void deleteItems(@Param("planId") long planId);

    List<PlanItemRow> findItems(@Param("planId") long planId);

    PlanItemRow findItem(@Param("id") long id);

    void insertEvent(PlanEventRow row);

    List<PlanEventRow> findEvents(@Param("planId") long planId);
}
