package org.spotcheck.planning.api;

/** An entry of the product catalogue. */
public record ProductView(String code, String nameZh, String nameEn, String categoryZh, String industryZh,
        String riskLevel, Long activeRuleId) {
}
