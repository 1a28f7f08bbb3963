package org.spotcheck.planning.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of an implementation rule (实施细则) with its test items.
 *
 * @param status    DRAFT, ACTIVE (published, the one plans use) or SUPERSEDED; only a DRAFT changes
 * @param basedOnId the version this draft was copied from
 */
public record RuleView(
        long id,
        String productCode,
        String productName,
        String version,
        String title,
        String status,
        int testPortion,
        int backupPortion,
        String unit,
        String samplingBase,
        String judgmentText,
        Long basedOnId,
        String publishedBy,
        java.time.Instant publishedAt,
        List<Item> items) {

    /**
     * One test item (检验项目) with its limit.
     *
     * @param limitType MAX, MIN, RANGE, ENUMERATION or QUALITATIVE
     * @param limitText allowed values separated by '|' (ENUMERATION) or the requirement (QUALITATIVE)
     * @param itemClass A (serious, safety) or B (general)
     */
    public record Item(String code, String nameZh, String nameEn, String standardClause, String method,
            String limitType, BigDecimal limitValue, BigDecimal limitMin, BigDecimal limitMax, String limitText,
            String unit, Integer decimals, String display, String itemClass, boolean verified) {
    }
}
