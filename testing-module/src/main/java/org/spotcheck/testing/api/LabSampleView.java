package org.spotcheck.testing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A sample at a lab with its test items and, once entered, their results and judgments.
 *
 * @param retest the backup portion sent to the re-test lab after an objection (复检)
 */
public record LabSampleView(
        long id,
        String sampleCode,
        long sampleId,
        String taskCode,
        String labCode,
        String labName,
        String enterpriseName,
        String productCode,
        String productName,
        String ruleTitle,
        String ruleVersion,
        String status,
        String receivedBy,
        Instant receivedAt,
        List<Item> items,
        boolean retest) {

    /**
     * One test item.
     *
     * @param limitDisplay   the requirement in Chinese (the rule's Chinese wording where it gives one), as
     *                       documents and Chinese pages show it
     * @param unit           the unit as the rule writes it
     * @param limitDisplayEn the requirement in the rule's own terms, for the English pages
     * @param unitZh         the Chinese wording of the unit, or null
     * @param detectionLimit the rule's detection limit (检出限) in the item's unit, or null
     * @param ndRequired     不得检出 is the requirement
     * @param allowed        the allowed values of an ENUMERATION item (empty for the other types)
     * @param nameEn         the rule item's English name for English pages (issue 17), or null (documents: nameZh)
     * @param methodEn       the rule item's English wording of the method, or null (brief bil17; documents: method)
     * @param unitEn         the rule item's English unit where its unit has Chinese in it, or null
     * @param rounded        the value compared with the limit, a string with the reported precision: the limit's
     *                       decimals (GB/T 8170-2008), or the places the lab wrote where the limit gives none
     *                       (issue 18.3: decimals are strings in the API, never a binary number)
     */
    public record Item(String code, String nameZh, String method, String limitType, String limitDisplay, String unit,
            Integer decimals, String itemClass, String measured,
            BigDecimal rounded, String computedVerdict,
            String verdict, String overrideReason, String limitDisplayEn, String unitZh,
            BigDecimal detectionLimit,
            boolean ndRequired, List<String> allowed, String nameEn, String methodEn, String unitEn) {

        public Item {
            rounded = Decimals.reported(rounded, decimals, measured);
            detectionLimit = Decimals.reported(detectionLimit, null, null);
        }

        /** The unit Chinese pages and documents show: the Chinese wording where the rule gives one. */
        public String unitShown() {
            return unitZh != null ? unitZh : unit;
        }

        /** The requirement for a page in {@code language} ("en": the English one, else the Chinese one). */
        public String requirement(String language) {
            return "en".equals(language) && limitDisplayEn != null ? limitDisplayEn : limitDisplay;
        }

        /** The item's name for a page in {@code language} ("en": the English one where the rule gives one). */
        public String name(String language) {
            return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
        }

        /** The unit for a page in {@code language}: in English the English unit where the rule gives one (brief bil17). */
        public String unitFor(String language) {
            return "en".equals(language) ? (unitEn != null && !unitEn.isBlank() ? unitEn : unit) : unitShown();
        }

        /**
         * The test method for a page in {@code language}: in English the rule's English wording where it gives one,
         * else (and on Chinese pages and documents) the Chinese one (brief bil17).
         */
        public String method(String language) {
            return "en".equals(language) && methodEn != null && !methodEn.isBlank() ? methodEn : method;
        }

        /** The lab overrode the computed judgment (with a reason); the report flags it. */
        public boolean overridden() {
            return overrideReason != null;
        }
    }
}
