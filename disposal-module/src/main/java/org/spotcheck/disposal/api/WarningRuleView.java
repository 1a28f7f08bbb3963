package org.spotcheck.disposal.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quality-warning rule. An inactive (deactivated) rule never fires; the warnings it raised stay.
 *
 * @param version the optimistic version to send back with an edit
 */
public record WarningRuleView(long id, String authorityCode, String name, String kind, String productCode,
        String industry, String regionCode, BigDecimal thresholdPct, int minBatches, int windowDays,
        BigDecimal dropPoints, boolean active, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        int version) {
}
