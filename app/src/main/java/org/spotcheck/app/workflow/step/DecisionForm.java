package org.spotcheck.app.workflow.step;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.spotcheck.shared.Decision;

/**
 * The form of a review or approval step.
 *
 * @param decision APPROVE or RETURN
 * @param comment  required when returning
 * @param returnTo where a return goes ({@code initiator} or {@code previous}); the step's default when absent
 */
public record DecisionForm(@NotNull Decision decision, @Size(max = 1000) String comment,
        @Pattern(regexp = "initiator|previous", message = "initiator 或 previous / initiator or previous") String returnTo) {

    public DecisionForm(Decision decision, String comment) {
        this(decision, comment, null);
    }
}
