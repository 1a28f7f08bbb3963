package org.spotcheck.app.workflow.step;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.spotcheck.shared.Decision;

/**
 * The form of a review or approval step.
 *
 * @param decision APPROVE or RETURN
 * @param comment  required when returning
 */
public record DecisionForm(@NotNull Decision decision, @Size(max = 1000) String comment) {
}
