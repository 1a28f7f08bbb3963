package org.spotcheck.planning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A plan with its items and its history. */
public record PlanView(
        long id,
        String code,
        String title,
        PlanKind kind,
        int planYear,
        String authorityCode,
        String regionCode,
        String legalBasis,
        PlanStatus status,
        String draftedBy,
        String reviewedBy,
        String approvedBy,
        Instant createdAt,
        Instant updatedAt,
        List<Item> items,
        List<Event> events) {

    /** One plan item. */
    public record Item(long id, int seq, String productCode, String productName, long ruleId, String regionCode,
            String labCode, String labName, int batches, int quarter, BigDecimal budget, PlanItemReason reason) {
    }

    /** One step in the plan's history. */
    public record Event(String action, String actor, String comment, Instant occurredAt) {
    }
}
