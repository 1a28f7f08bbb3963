package org.spotcheck.planning.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of pln_complaint. */
@Mapper
public interface ComplaintMapper {

    void insert(ComplaintRow row);

    ComplaintRow find(@Param("id") long id);

    List<ComplaintRow> listByAuthority(@Param("authorityCode") String authorityCode);

    int markPlanDrafted(@Param("id") long id, @Param("planId") long planId);
}
