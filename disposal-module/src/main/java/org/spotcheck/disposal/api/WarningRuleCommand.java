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
 */
public record WarningRuleCommand(
        @NotBlank(message = "请填写规则名称 / the name is required") @Size(max = 200) String name,
        @NotNull(message = "请选择规则类型 / choose the kind of rule") String kind,
        @Size(max = 32) String productCode,
        @Size(max = 100) String industry,
        @Size(max = 6) String regionCode,
        @DecimalMin(value = "0.0", message = "合格率阈值须在 0 至 100 之间 / the threshold is a percentage from 0 to 100")
        @DecimalMax(value = "100.0", message = "合格率阈值须在 0 至 100 之间 / the threshold is a percentage from 0 to 100")
        BigDecimal thresholdPct,
        @Min(value = 1, message = "至少 1 批次 / at least 1 batch") @Max(100000) Integer minBatches,
        @Min(value = 1, message = "窗口至少 1 天 / at least 1 day") @Max(value = 3660, message = "窗口最多 3660 天 / at most 3660 days")
        Integer windowDays,
        @DecimalMin(value = "0.0", message = "下降幅度须在 0 至 100 个百分点之间 / the drop is 0 to 100 points")
        @DecimalMax(value = "100.0", message = "下降幅度须在 0 至 100 个百分点之间 / the drop is 0 to 100 points")
        BigDecimal dropPoints,
        @Min(0) Integer version) {
}
