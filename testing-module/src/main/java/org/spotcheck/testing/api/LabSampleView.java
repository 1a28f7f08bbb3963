package org.spotcheck.testing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A sample at a lab with its test items and, once entered, their results and judgments. */
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
        List<Item> items) {

    /** One test item. */
    public record Item(String code, String nameZh, String method, String limitType, String limitDisplay, String unit,
            Integer decimals, String itemClass, String measured, BigDecimal rounded, String computedVerdict,
            String verdict, String overrideReason) {

        /** The lab overrode the computed judgment (with a reason); the report flags it. */
        public boolean overridden() {
            return overrideReason != null;
        }
    }
}
