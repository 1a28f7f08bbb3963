package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/**
 * A released result as the public sees it: no case ids, no personal data. A field the redaction
 * review withheld is null here and named in {@code withheld}.
 */
public record PublicResultView(String kind, String enterpriseName, String productName, String trademark,
        String specification, String batchNumber, String conclusionText, String failedItemsText, String remark,
        Instant releasedAt, List<String> withheld) {

    public boolean isWithheld(String field) {
        return withheld.contains(field);
    }
}
