package org.spotcheck.sampling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A snapshot of the task (from planning) and the form of a visit without a sample. */
public record RecordNonSamplingCommand(
        @NotBlank String taskCode,
        @NotBlank String authorityCode,
        @NotBlank String enterpriseCode,
        @NotBlank String enterpriseName,
        @NotNull List<String> drawnSamplers,
        @NotNull @Valid NonSamplingForm form) {
}
