package org.spotcheck.planning.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.spotcheck.planning.internal.persistence.RegisterRows.AuthorityRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.EnterpriseRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.InspectorRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.LabRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.ProductRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleItemRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleRow;

/** Read SQL of the registers. */
@Mapper
public interface RegisterMapper {

    List<AuthorityRow> authorities();

    AuthorityRow findAuthority(@Param("code") String code);

    List<EnterpriseRow> enterprises();

    EnterpriseRow findEnterprise(@Param("code") String code);

    List<InspectorRow> inspectorsOfAuthority(@Param("authorityCode") String authorityCode);

    List<InspectorRow> inspectors();

    List<LabRow> labs();

    LabRow findLab(@Param("code") String code);

    List<ProductRow> products();

    ProductRow findProduct(@Param("code") String code);

    RuleRow findRule(@Param("id") long id);

    RuleRow findActiveRule(@Param("productCode") String productCode);

    List<RuleItemRow> ruleItems(@Param("ruleId") long ruleId);
}
