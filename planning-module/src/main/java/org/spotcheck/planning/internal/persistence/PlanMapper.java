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

    List<PlanRow> listByAuthority(@Param("authorityCode") String authorityCode);

    List<PlanRow> listPublic();

    /** Optimistic transition: only applies when status and row version are still the expected ones. */
    int transition(@Param("id") long id, @Param("fromStatus") String fromStatus, @Param("rowVersion") int rowVersion,
            @Param("toStatus") String toStatus, @Param("reviewedBy") String reviewedBy,
            @Param("approvedBy") String approvedBy, @Param("now") Instant now);

    void insertItem(PlanItemRow row);

    List<PlanItemRow> findItems(@Param("planId") long planId);

    void insertEvent(PlanEventRow row);

    List<PlanEventRow> findEvents(@Param("planId") long planId);
}
