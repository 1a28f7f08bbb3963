package org.spotcheck.disposal.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A quality-warning rule of the caller's authority (domain.md §5.3). Product, industry and region
 * narrow where it applies (blank: anywhere in the authority's scope). Thresholds are local policy:
 * no national regulation sets a number (domain.md Q12).
 *
 * @param kind         PASS_RATE_BELOW, RATE_DROP, SAFETY_ITEM_FAILURE or REPEAT_FAILURE
 * @param thresholdPct PASS_RATE_BELOW: warn when the batch pass rate is below this (a percentage, 0–100)
 * @param minBatches   rate rules: at least this many final batches in the window (and, for RATE_DROP, in the previous one)
 * @param windowDays   the rolling window, in calendar days
 * @param dropPoints   RATE_DROP: warn when the pass rate fell by more than this many points
 * @param version      an edit: the version that was read (409 CONCURRENT_CHANGE if the rule changed since); ignored on create
 *
 * <p>The validation messages are keys of the disposal bundles, resolved in the reader's language.
 */
public record WarningRuleCommand(
        @NotBlank(message = "{disposal.warningRule.nameRequired}") @Size(max = 200) String name,
        @NotNull(message = "{disposal.warningRule.kindRequired}") String kind,
        @Size(max = 32) String productCode,
        @Size(max = 100) String industry,
        @Size(max = 6) String regionCode,
        @DecimalMin(value = "0.0", message = "{disposal.warningRule.thresholdRange}")
        @DecimalMax(value = "100.0", message = "{disposal.warningRule.thresholdRange}")
        BigDecimal thresholdPct,
        @Min(value = 1, message = "{disposal.warningRule.minBatches}") @Max(100000) Integer minBatches,
        @Min(value = 1, message = "{disposal.warningRule.windowMin}") @Max(value = 3660, message = "{disposal.warningRule.windowMax}")
        Integer windowDays,
        @DecimalMin(value = "0.0", message = "{disposal.warningRule.dropRange}")
        @DecimalMax(value = "100.0", message = "{disposal.warningRule.dropRange}")
        BigDecimal dropPoints,
        @Min(0) Integer version) {
}
