package org.spotcheck.planning.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of pln_spot_check_task. */
@Mapper
public interface SpotCheckTaskMapper {

    void insert(SpotCheckTaskRow row);

    SpotCheckTaskRow findByCode(@Param("code") String code);

    List<SpotCheckTaskRow> findByPlan(@Param("planId") long planId);

    /** The tasks drawn for these plan items, in the order drawn. */
    List<SpotCheckTaskRow> findByPlanItems(@Param("planItemIds") List<Long> planItemIds);

    /** The tasks made from a draw (its enterprises' tasks, or the task an inspector draw is for). */
    List<SpotCheckTaskRow> findByDraw(@Param("drawId") long drawId);

    /** The newest spot-check task of an authority for an enterprise (older than {@code beforeId} if given), or null. */
    SpotCheckTaskRow lastForEnterprise(@Param("authorityCode") String authorityCode,
            @Param("enterpriseCode") String enterpriseCode, @Param("beforeId") Long beforeId);

    int updateStatus(@Param("code") String code, @Param("status") String status);

    /** New inspector team after a re-draw; only while the task is still CREATED. */
    int updateTeam(@Param("code") String code, @Param("inspectorCodes") String inspectorCodes,
            @Param("samplerUsernames") String samplerUsernames, @Param("inspectorDrawId") long inspectorDrawId);
}
