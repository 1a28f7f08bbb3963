package org.spotcheck.disposal.api;

import java.time.Instant;

/**
 * A result or announcement prepared for the public (一公开).
 *
 * @param kind   RESULT (the spot-check result) or ANNOUNCEMENT (the province's announcement, R15)
 * @param status HELD (conclusion not final: objection window, objection or re-test), PENDING_REVIEW, RELEASED
 */
public record PublicationView(long id, long caseId, String taskCode, String kind, String status,
        String authorityCode, String enterpriseName, String productName, String trademark, String specification,
        String batchNumber, String conclusionText, String failedItemsText, String remark, Instant createdAt,
        String reviewedBy, Instant releasedAt) {
}
