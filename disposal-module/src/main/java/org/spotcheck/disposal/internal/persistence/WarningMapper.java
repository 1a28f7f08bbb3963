package org.spotcheck.disposal.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of dsp_warning_rule and dsp_warning. */
@Mapper
public interface WarningMapper {

    void insertRule(WarningRuleRow row);

    List<WarningRuleRow> activeRules();

    List<WarningRuleRow> rulesOf(@Param("authorityCode") String authorityCode);

    WarningRuleRow findRule(@Param("id") long id);

    /** Replaces the settings if the rule still has the version that was read; 0 rows otherwise. */
    int updateRule(@Param("row") WarningRuleRow row);

    /** Deactivates or reactivates a rule that is in the other state; 0 rows otherwise. */
    int setRuleActive(@Param("id") long id, @Param("active") boolean active, @Param("fromActive") boolean fromActive,
            @Param("by") String by,
            @Param("at") java.time.Instant at);

    void insertWarning(WarningRow row);

    WarningRow findWarning(@Param("id") long id);

    List<WarningRow> warningsOf(@Param("authorityCode") String authorityCode);

    int countOpen(@Param("ruleId") long ruleId);

    int countForCase(@Param("ruleId") long ruleId, @Param("caseId") long caseId);

    int handle(@Param("row") WarningRow row);
}
