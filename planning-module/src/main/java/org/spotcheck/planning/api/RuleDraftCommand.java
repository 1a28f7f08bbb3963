package org.spotcheck.planning.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A new draft version of an implementation rule (实施细则).
 *
 * @param items test items, each keyed by the columns of the rule-item import (code, name_zh,
 *              standard_clause, method, limit_type, limit_value, limit_min, limit_max, limit_text,
 *              unit, decimals, item_class, name_en); may be empty and imported later
 */
public record RuleDraftCommand(
        @NotBlank @Size(max = 32) String productCode,
        @NotBlank @Size(max = 32) String version,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Min(1) @Max(100000) Integer testPortion,
        @NotNull @Min(0) @Max(100000) Integer backupPortion,
        @NotBlank @Size(max = 32) String unit,
        @NotBlank @Size(max = 500) String samplingBase,
        @NotBlank @Size(max = 2000) String judgmentText,
        List<Map<String, String>> items) {
}
