package org.spotcheck.planning.api.event;

import org.spotcheck.shared.ModuleEvent;

/**
 * The drafter withdrew a submitted plan before anyone reviewed it; the plan is a draft again.
 * Published inside the withdrawing transaction: the listener that ends the approval process
 * joins it, and refuses when a reviewer has already taken the task.
 */
public record PlanWithdrawn(long planId, String planCode, String drafter) implements ModuleEvent {
}
