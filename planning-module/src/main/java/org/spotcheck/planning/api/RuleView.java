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
     * @param display   the requirement as documents and Chinese pages show it (Chinese wording where the rule
     *                  gives one)
     * @param detectionLimit the method's detection limit (检出限) in the item's unit, or null: a bare 未检出 on a
     *                  MAX item is judged with it
     * @param ndRequired 不得检出 is the requirement
     * @param valueZh   Chinese wording of a requirement written in English (limitText), or null
     * @param unitZh    Chinese wording of a unit written in English, or null
     */
    public record Item(String code, String nameZh, String nameEn, String standardClause, String method,
            String limitType, BigDecimal limitValue,
            BigDecimal limitMin,
            BigDecimal limitMax, String limitText,
            String unit, Integer decimals, String display, String itemClass, boolean verified,
            BigDecimal detectionLimit, boolean ndRequired, String valueZh,
            String unitZh) {

        /**
         * Issue 18.3: limits are decimal strings as the rule writes them ("0.4", never the stored 0.400000 nor a
         * binary number): the stored DECIMAL(20,6) without its padding zeros.
         */
        public Item {
            limitValue = asWritten(limitValue);
            limitMin = asWritten(limitMin);
            limitMax = asWritten(limitMax);
            detectionLimit = asWritten(detectionLimit);
        }

        private static BigDecimal asWritten(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        /** The allowed values of an ENUMERATION item (limitText split at '|'); empty for the other types. */
        public List<String> allowed() {
            if (!"ENUMERATION".equals(limitType) || limitText == null) {
                return List.of();
            }
            return java.util.Arrays.stream(limitText.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        /** The requirement as Chinese pages and documents show it: the display text, else the Chinese wording. */
        public String requirementZh() {
            return display != null ? display : valueZh != null ? valueZh : limitText;
        }

        /** The requirement in the rule's own (English where so written) terms, for the English pages. */
        public String requirementEn() {
            String u = unit == null ? "" : " " + unit;
            return switch (limitType) {
                case "MAX" -> limitValue == null ? display : "≤ " + limitValue.stripTrailingZeros().toPlainString() + u;
                case "MIN" -> limitValue == null ? display : "≥ " + limitValue.stripTrailingZeros().toPlainString() + u;
                case "RANGE" -> limitMin == null || limitMax == null ? display
                        : limitMin.stripTrailingZeros().toPlainString() + " – " + limitMax.stripTrailingZeros().toPlainString() + u;
                case "ENUMERATION" -> String.join(" / ", allowed());
                default -> limitText != null ? limitText : display;
            };
        }

        /** The unit a Chinese document shows: {@code unitZh} where given, else {@code unit}. */
        public String unitShown() {
            return unitZh != null ? unitZh : unit;
        }
    }
}
