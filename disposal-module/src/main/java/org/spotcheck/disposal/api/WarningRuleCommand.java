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
 * narrow where it applies (blank: anywhere in the authority's scope).
 *
 * @param kind         PASS_RATE_BELOW, RATE_DROP, SAFETY_ITEM_FAILURE or REPEAT_FAILURE
 * @param thresholdPct PASS_RATE_BELOW: warn when the batch pass rate is below this
 * @param minBatches   rate rules: at least this many final batches in the window (and, for RATE_DROP, in the previous one)
 * @param windowDays   the rolling window, in calendar days
 * @param dropPoints   RATE_DROP: warn when the pass rate fell by more than this many points
 */
public record WarningRuleCommand(
        @NotBlank @Size(max = 200) String name,
        @NotNull String kind,
        @Size(max = 32) String productCode,
        @Size(max = 100) String industry,
        @Size(max = 6) String regionCode,
        @DecimalMin("0.0") @DecimalMax("100.0") BigDecimal thresholdPct,
        @Min(1) @Max(100000) Integer minBatches,
        @Min(1) @Max(3660) Integer windowDays,
        @DecimalMin("0.0") @DecimalMax("100.0") BigDecimal dropPoints) {
}
