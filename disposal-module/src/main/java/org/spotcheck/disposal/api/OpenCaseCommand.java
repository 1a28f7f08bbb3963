package org.spotcheck.disposal.api;

import java.util.List;

/**
 * A snapshot of the issued report that the case is about, with what statistics and publication
 * need: product, industry, region, enterprise size, channel and the failed items.
 */
public record OpenCaseCommand(String taskCode, String sampleCode, String reportNo, String authorityCode,
        String labCode, String enterpriseCode, String enterpriseName, String productName, String conclusion,
        String grade, String productCode, String industry, String regionCode, String enterpriseSize,
        String enterpriseAddress, String channel, String trademark, String specification, String batchNumber,
        List<FailedItem> failedItems) {

    /** A failed item: code, name and class (A: safety, B: general). */
    public record FailedItem(String code, String nameZh, String itemClass) {
    }
}
