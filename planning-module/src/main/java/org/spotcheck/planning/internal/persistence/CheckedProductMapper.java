package org.spotcheck.planning.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of pln_checked_product. */
@Mapper
public interface CheckedProductMapper {

    void insert(CheckedProductRow row);

    int countForTask(@Param("taskCode") String taskCode);

    /** Checks of one product by one authority on or after a date, newest first. */
    List<CheckedProductRow> findSince(@Param("authorityCode") String authorityCode,
            @Param("productCode") String productCode, @Param("since") LocalDate since);
}
