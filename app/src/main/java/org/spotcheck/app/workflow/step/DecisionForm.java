package org.spotcheck.app.workflow.step;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.spotcheck.shared.Decision;

/**
 * The form of a review or approval step. The constraint messages are English fallbacks: a reader gets
 * {@code problem.Pattern.returnTo} and {@code problem.Size.countersigners} from the bundles.
 *
 * @param decision       APPROVE or RETURN
 * @param comment        required when returning
 * @param returnTo       where a return goes ({@code initiator} or {@code previous}); the step's default when absent
 * @param countersigners colleagues asked to countersign (会签) after an approving section review; only
 *                       the steps that offer a countersign accept them
 */
public record DecisionForm(@NotNull Decision decision, @Size(max = 1000) String comment,
        @Pattern(regexp = "initiator|previous", message = "initiator or previous") String returnTo,
        @Size(max = 10, message = "at most 10 countersigners") List<String> countersigners) {

    public DecisionForm {
        countersigners = countersigners == null ? List.of()
                : countersigners.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct().toList();
    }

    public DecisionForm(Decision decision, String comment) {
        this(decision, comment, null, null);
    }

    public DecisionForm(Decision decision, String comment, String returnTo) {
        this(decision, comment, returnTo, null);
    }
}
