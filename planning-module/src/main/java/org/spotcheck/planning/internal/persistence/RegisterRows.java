package org.spotcheck.planning.internal.persistence;

import java.math.BigDecimal;

/** Rows of the register tables (pln_authority, pln_enterprise, pln_inspector, pln_lab, pln_product, pln_rule*). */
public final class RegisterRows {

    private RegisterRows() {
    }

    /** Row of pln_authority. */
    public static class AuthorityRow {
        public String code;
        public String name;
        public String regionCode;
        public String level;
        public String parentCode;
        public Integer approvalLevels;
        /** The name in English for English pages, or null (issue 17, brief bil17). */
        public String nameEn;
    }

    /** Row of pln_enterprise. */
    public static class EnterpriseRow {
        public String code;
        public String name;
        public String creditCode;
        public String address;
        public String regionCode;
        public String industry;
        public String size;
        public String productCodes;
    }

    /** Row of pln_inspector. */
    public static class InspectorRow {
        public String code;
        public String name;
        public String authorityCode;
        public String regionCode;
        public String username;
        public String qualifications;
        public String conflicts;
    }

    /** Row of pln_lab. */
    public static class LabRow {
        public String code;
        public String name;
        public String accreditationNo;
        public String regionCode;
        public String address;
        public String productCodes;
        public Integer capacity;
        /** The name in English for English pages, or null (issue 17, brief bil17). */
        public String nameEn;
    }

    /** Row of pln_product. */
    public static class ProductRow {
        public String code;
        public String nameZh;
        public String nameEn;
        public String categoryZh;
        public String industryZh;
        public String riskLevel;
        public Long activeRuleId;
    }

    /** Row of pln_rule. */
    public static class RuleRow {
        public Long id;
        public String productCode;
        public String version;
        public String title;
        public String status;
        public Integer testPortion;
        public Integer backupPortion;
        public String unit;
        public String samplingBase;
        public String judgmentText;
        public Long basedOnId;
        public String publishedBy;
        public java.time.Instant publishedAt;
        /** English wording of the sampling base and the judgment text, or null (issue 17). */
        public String samplingBaseEn;
        public String judgmentTextEn;
    }

    /** Row of pln_rule_item. */
    public static class RuleItemRow {
        public Long id;
        public Long ruleId;
        public Integer seq;
        public String code;
        public String nameZh;
        public String nameEn;
        public String standardClause;
        public String method;
        public String limitType;
        public BigDecimal limitValue;
        public BigDecimal limitMin;
        public BigDecimal limitMax;
        public String limitText;
        public String unit;
        public Integer decimals;
        public String display;
        public String itemClass;
        public Boolean verified;
        /** The method's 检出限 in the item's unit, or null (issue 12). */
        public BigDecimal detectionLimit;
        /** 不得检出 is the requirement. */
        public Boolean ndRequired;
        public String valueZh;
        public String unitZh;
        /** English wording of the standard clause and the method, or null (issue 17). */
        public String standardClauseEn;
        public String methodEn;
        /** English wording of the requirement and of the unit, or null (brief bil17). */
        public String displayEn;
        public String unitEn;
    }
}
