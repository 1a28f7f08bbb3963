package org.spotcheck.planning.internal.persistence;

import java.time.Instant;
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

/** SQL of the registers. */
@Mapper
public interface RegisterMapper {

    List<AuthorityRow> authorities();

    AuthorityRow findAuthority(@Param("code") String code);

    List<EnterpriseRow> enterprises();

    /**
     * A register's search as SQL takes it (issue 17.4): LIKE patterns already escaped; {@code scopeRegion} (a LIKE
     * pattern) or {@code scopeOrg} is the caller's scope, null where the register is shared.
     */
    record SearchCriteria(String name, String region, String product, String scopeRegion, String scopeOrg) {
    }

    List<EnterpriseRow> searchEnterprises(@Param("c") SearchCriteria c, @Param("limit") int limit, @Param("offset") long offset);

    long countEnterprises(@Param("c") SearchCriteria c);

    List<InspectorRow> searchInspectors(@Param("c") SearchCriteria c, @Param("limit") int limit, @Param("offset") long offset);

    long countInspectors(@Param("c") SearchCriteria c);

    List<LabRow> searchLabs(@Param("c") SearchCriteria c, @Param("limit") int limit, @Param("offset") long offset);

    long countLabs(@Param("c") SearchCriteria c);

    List<ProductRow> searchProducts(@Param("c") SearchCriteria c, @Param("limit") int limit, @Param("offset") long offset);

    long countProducts(@Param("c") SearchCriteria c);

    EnterpriseRow findEnterprise(@Param("code") String code);

    /** Code and name of the enterprises of the given codes (not empty). */
    List<EnterpriseRow> enterpriseNames(@Param("codes") java.util.Collection<String> codes);

    void insertEnterprise(EnterpriseRow row);

    List<InspectorRow> inspectorsOfAuthority(@Param("authorityCode") String authorityCode);

    List<InspectorRow> inspectors();

    void insertInspector(InspectorRow row);

    List<LabRow> labs();

    LabRow findLab(@Param("code") String code);

    void insertLab(LabRow row);

    List<ProductRow> products();

    ProductRow findProduct(@Param("code") String code);

    void insertProduct(ProductRow row);

    RuleRow findRule(@Param("id") long id);

    RuleRow findActiveRule(@Param("productCode") String productCode);

    RuleRow findRuleVersion(@Param("productCode") String productCode, @Param("version") String version);

    /** All rule versions, newest first. */
    List<RuleRow> rules();

    void insertRule(RuleRow row);

    /** Optimistic status change of a rule version. */
    int updateRuleStatus(@Param("id") long id, @Param("fromStatus") String fromStatus, @Param("toStatus") String toStatus,
            @Param("publishedBy") String publishedBy, @Param("publishedAt") Instant publishedAt);

    List<RuleItemRow> ruleItems(@Param("ruleId") long ruleId);

    void insertRuleItem(RuleItemRow row);

    void deleteRuleItems(@Param("ruleId") long ruleId);
}
