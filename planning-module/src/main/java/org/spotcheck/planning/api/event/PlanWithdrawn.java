package org.spotcheck.planning.api.event;

import org.spotcheck.shared.ModuleEvent;

/**
 * The drafter withdrew a submitted plan before anyone reviewed it; the plan is a draft again.
 * Published inside the withdrawing transaction, before the plan's row is changed: the listener that ends the approval
 * process joins it, holds the approval's open task first (ADR 0004's one lock order), and refuses when a reviewer has
 * already taken the task or completed the review.
 */
public record PlanWithdrawn(long planId, String planCode, String drafter) implements ModuleEvent {
}
