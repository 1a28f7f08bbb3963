package org.spotcheck.planning.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of pln_lab_conflict. */
@Mapper
public interface LabConflictMapper {

    void insert(LabConflictRow row);

    LabConflictRow find(@Param("labCode") String labCode, @Param("enterpriseCode") String enterpriseCode,
            @Param("productCode") String productCode);

    /** The enterprises a lab declared a conflict with for this product. */
    List<String> conflictingEnterprises(@Param("labCode") String labCode, @Param("productCode") String productCode);

    List<LabConflictRow> list(@Param("labCode") String labCode);
}
