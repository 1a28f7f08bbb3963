package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The officer's decision on an objection: accepted (a re-test follows) or rejected, with a reason.
 */
public record ObjectionDecisionCommand(@NotNull Verdict decision, @NotBlank @Size(max = 1000) String reason) {

    /** 受理 / 不予受理. */
    public enum Verdict {
        ACCEPT,
        REJECT
    }
}
