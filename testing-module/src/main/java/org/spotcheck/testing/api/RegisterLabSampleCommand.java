package org.spotcheck.testing.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A snapshot of the sample, of the lab's register entry (name, address, accreditation, shown on
 * the report) and of the rule's test items, copied when the sample goes to the lab.
 *
 * @param retest the backup portion sent to the re-test lab after an objection (复检), stored with the lab sample:
 *               its report says 复检; false for the first test and a re-inspection's sample
 */
public record RegisterLabSampleCommand(
        String sampleCode,
        long sampleId,
        String taskCode,
        String labCode,
        String labName,
        String labAddress,
        String labAccreditationNo,
        String authorityCode,
        String enterpriseCode,
        String enterpriseName,
        String productCode,
        String productName,
        long ruleId,
        String ruleTitle,
        String ruleVersion,
        String testSealNumber,
        List<String> samplers,
        List<ItemSpec> items,
        boolean retest) {

    /**
     * One test item with its limit, as in the rule version in force at sampling.
     *
     * @param display        the requirement as Chinese documents show it, or null (made from the limit)
     * @param detectionLimit the method's detection limit (检出限) in the item's unit, or null
     * @param ndRequired     不得检出 is the requirement
     * @param valueZh        Chinese wording of a requirement written in English, or null
     * @param unitZh         Chinese wording of a unit written in English, or null
     * @param nameEn         the rule item's English name, for English pages (documents use nameZh), or null
     * @param methodEn       the rule item's English wording of the method, or null (brief bil17)
     * @param displayEn      the rule item's English wording of the requirement, or null
     * @param unitEn         the rule item's English unit where its unit has Chinese in it, or null
     */
    public record ItemSpec(String code, String nameZh, String method, String limitType, BigDecimal limitValue,
            BigDecimal limitMin, BigDecimal limitMax, String limitText, String unit, Integer decimals, String display,
            String itemClass, BigDecimal detectionLimit, boolean ndRequired, String valueZh, String unitZh, String nameEn,
            String methodEn, String displayEn, String unitEn) {

        /** An item whose rule states no detection limit and no Chinese wording. */
        public ItemSpec(String code, String nameZh, String method, String limitType, BigDecimal limitValue,
                BigDecimal limitMin, BigDecimal limitMax, String limitText, String unit, Integer decimals, String display,
                String itemClass) {
            this(code, nameZh, method, limitType, limitValue, limitMin, limitMax, limitText, unit, decimals, display,
                    itemClass, null, false, null, null, null, null, null, null);
        }
    }
}
