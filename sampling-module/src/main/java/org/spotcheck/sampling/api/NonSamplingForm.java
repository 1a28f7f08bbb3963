package org.spotcheck.sampling.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The form of a visit that produced no sample.
 *
 * @param outcome               REFUSED, NOT_SAMPLABLE or NO_PRODUCT
 * @param reason                a reason code belonging to the outcome
 * @param refusedByName         REFUSED: who refused
 * @param refusedByPosition     REFUSED: his position at the enterprise
 * @param consequencesExplained REFUSED: the samplers explained the legal consequences (R18)
 * @param note                  what happened
 * @param evidenceIds           uploaded evidence (photos, documents): at least one
 * @param samplers              the samplers present; at least two (R1)
 */
public record NonSamplingForm(
        @NotNull NonSamplingOutcome outcome,
        @NotNull NonSamplingReason reason,
        @Size(max = 100) String refusedByName,
        @Size(max = 100) String refusedByPosition,
        Boolean consequencesExplained,
        @NotBlank @Size(max = 1000) String note,
        @NotEmpty(message = "at least one piece of evidence") @Size(max = 20) List<@NotNull Long> evidenceIds,
        @NotNull @Size(min = 2, max = 10, message = "at least two samplers (R1)") List<@NotBlank String> samplers) {
}
