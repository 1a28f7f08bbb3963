package org.spotcheck.planning.api;

/** Plan states (domain.md stage A). */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    RETURNED,
    APPROVED,
    ISSUED,
    CLOSED
}
