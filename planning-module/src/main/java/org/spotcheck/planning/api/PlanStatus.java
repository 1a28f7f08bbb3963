package org.spotcheck.planning.api;

/**
 * Plan states (domain.md stage A): DRAFT → SUBMITTED → (section review) REVIEWED → (each director
 * level; the last one) APPROVED → FILED_WITH_SUPERIOR → ISSUED → CLOSED. A return at any step gives
 * RETURNED; a withdrawal before review gives DRAFT again. An issued version that an amendment
 * replaced becomes SUPERSEDED; its content never changes.
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    RETURNED,
    APPROVED,
    FILED_WITH_SUPERIOR,
    ISSUED,
    SUPERSEDED,
    CLOSED
}
