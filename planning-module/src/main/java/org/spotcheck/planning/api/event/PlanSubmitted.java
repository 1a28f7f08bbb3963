package org.spotcheck.planning.api.event;

import org.spotcheck.shared.ModuleEvent;

/**
 * A plan was submitted for approval. Published inside the submitting transaction, so a listener
 * that starts the approval process joins the same transaction.
 *
 * @param resubmission   true when a returned plan comes back; the running process then continues itself
 * @param sectionReview  whether the path starts with the section review (annual plans)
 * @param approvalLevels number of director approval levels (1..3)
 */
public record PlanSubmitted(long planId, String planCode, String authorityCode, String drafter, boolean resubmission,
        boolean sectionReview, int approvalLevels) implements ModuleEvent {
}
