package org.spotcheck.sampling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the process knows about the task (a snapshot copied from planning) plus the form the
 * sampler filled in on site.
 */
public record RecordSamplingCommand(
        @NotBlank String taskCode,
        @NotBlank String authorityCode,
        @NotBlank String labCode,
        @NotBlank String enterpriseCode,
        @NotBlank String enterpriseName,
        @NotBlank String enterpriseCreditCode,
        @NotBlank String enterpriseAddress,
        @NotBlank String productCode,
        long ruleId,
        int requiredTestQuantity,
        int requiredBackupQuantity,
        @NotBlank String quantityUnit,
        @NotNull List<String> drawnSamplers,
        @NotNull @Valid SamplingForm form) {
}
