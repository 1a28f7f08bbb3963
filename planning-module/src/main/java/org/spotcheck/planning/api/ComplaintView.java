package org.spotcheck.planning.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded complaint.
 *
 * @param status OPEN, or PLAN_DRAFTED once a special plan was started from it
 */
public record ComplaintView(long id, String authorityCode, LocalDate receivedOn, String complainant,
        String description, String productCode, String productName, String enterpriseCode, String enterpriseName,
        String regionCode, String status, Long planId, String recordedBy, Instant recordedAt) {
}
