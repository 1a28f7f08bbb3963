package org.spotcheck.planning.api;

import java.time.Instant;

/** A lab's declared conflict of interest (利害关系) with an enterprise for one product (R21). */
public record LabConflictView(long id, String labCode, String enterpriseCode, String enterpriseName, String productCode,
        String reason, String declaredBy, Instant declaredAt) {
}
