package org.spotcheck.planning.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of pln_draw. */
@Mapper
public interface DrawMapper {

    void insert(DrawRow row);

    DrawRow find(@Param("id") long id);

    List<DrawRow> findByPlanItem(@Param("planItemId") long planItemId);
}
