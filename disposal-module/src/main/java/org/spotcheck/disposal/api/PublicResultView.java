package org.spotcheck.disposal.api;

import java.time.Instant;

/** A released result as the public sees it: no case ids, no personal data. */
public record PublicResultView(String kind, String enterpriseName, String productName, String trademark,
        String specification, String batchNumber, String conclusionText, String failedItemsText, String remark,
        Instant releasedAt) {
}
