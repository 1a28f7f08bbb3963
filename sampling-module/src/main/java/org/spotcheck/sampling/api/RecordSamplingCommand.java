package org.spotcheck.sampling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the process knows about the task (a snapshot copied from planning) plus the form the
 * sampler filled in on site.
 *
 * @param superiorAuthorityCodes the authorities above the organising one (R3 upper-level check)
 * @param freeSample             re-inspection samples are supplied free (Order 18 art. 49); others are bought
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
        Exemption exemption,
        @NotNull List<String> superiorAuthorityCodes,
        boolean freeSample,
        @NotNull @Valid SamplingForm form) {

    /** Order 18 art. 8 para 3: the 6-month rules do not apply to these checks. */
    public enum Exemption {
        /** 跟踪抽查 of a product that failed before. */
        FOLLOW_UP,
        /** 突发事件应对. */
        EMERGENCY
    }
}
