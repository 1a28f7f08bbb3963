package org.spotcheck.planning.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of an implementation rule (实施细则) with its test items.
 *
 * @param status    DRAFT, ACTIVE (published, the one plans use) or SUPERSEDED; only a DRAFT changes
 * @param basedOnId the version this draft was copied from
 * @param samplingBase   the sampling base (抽样基数) in Chinese, as documents and Chinese pages show it
 * @param judgmentText   the judgment principle (判定原则) in Chinese
 * @param samplingBaseEn the sampling base in English, or null where the rule has no English wording (issue 17)
 * @param judgmentTextEn the judgment principle in English, or null
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
        List<Item> items,
        String samplingBaseEn,
        String judgmentTextEn) {

    /** The sampling base in the reader's language ("en" or else Chinese); the Chinese text where no English is stored. */
    public String samplingBaseFor(String language) {
        return inLanguage(language, samplingBase, samplingBaseEn);
    }

    /** The judgment principle in the reader's language; the Chinese text where no English is stored. */
    public String judgmentTextFor(String language) {
        return inLanguage(language, judgmentText, judgmentTextEn);
    }

    static String inLanguage(String language, String zh, String en) {
        return "en".equals(language) && en != null && !en.isBlank() ? en : zh;
    }

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
     * @param standardClause   the standard clause in Chinese wording (documents and Chinese pages)
     * @param method           the test method in Chinese wording (documents and Chinese pages)
     * @param standardClauseEn the standard clause in English wording, or null (issue 17)
     * @param methodEn         the test method in English wording, or null
     * @param displayEn        the requirement in English wording where the Chinese display text or the enumeration's
     *                         Chinese values have one, or null: English pages make it from the limit (brief bil17)
     * @param unitEn           the unit in English where {@code unit} has Chinese in it (级 (grade)), or null
     */
    public record Item(String code, String nameZh, String nameEn, String standardClause, String method,
            String limitType, BigDecimal limitValue,
            BigDecimal limitMin,
            BigDecimal limitMax, String limitText,
            String unit, Integer decimals, String display, String itemClass, boolean verified,
            BigDecimal detectionLimit, boolean ndRequired, String valueZh,
            String unitZh, String standardClauseEn, String methodEn, String displayEn, String unitEn) {

        /** The standard clause in the reader's language ("en" or else Chinese); Chinese where no English is stored. */
        public String standardClauseFor(String language) {
            return inLanguage(language, standardClause, standardClauseEn);
        }

        /** The test method in the reader's language; Chinese where no English is stored. */
        public String methodFor(String language) {
            return inLanguage(language, method, methodEn);
        }

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

        /**
         * The requirement for the English pages: the English wording where the rule gives one (brief bil17), else in the
         * rule's own (English where so written) terms.
         */
        public String requirementEn() {
            if (displayEn != null && !displayEn.isBlank()) {
                return displayEn;
            }
            String english = unitForEnglish();
            String u = english == null ? "" : " " + english;
            return switch (limitType) {
                case "MAX" -> limitValue == null ? display : "≤ " + limitValue.stripTrailingZeros().toPlainString() + u;
                case "MIN" -> limitValue == null ? display : "≥ " + limitValue.stripTrailingZeros().toPlainString() + u;
                case "RANGE" -> limitMin == null || limitMax == null ? display
                        : limitMin.stripTrailingZeros().toPlainString() + " – " + limitMax.stripTrailingZeros().toPlainString() + u;
                case "ENUMERATION" -> String.join(" / ", allowed());
                default -> limitText != null ? limitText : display;
            };
        }

        /** The unit an English page shows: {@code unitEn} where given, else {@code unit}. */
        public String unitForEnglish() {
            return unitEn != null && !unitEn.isBlank() ? unitEn : unit;
        }

        /** The unit a Chinese document shows: {@code unitZh} where given, else {@code unit}. */
        public String unitShown() {
            return unitZh != null ? unitZh : unit;
        }
    }
}
