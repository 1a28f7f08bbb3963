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

    int updateStatus(@Param("code") String code, @Param("status") String status);
}
