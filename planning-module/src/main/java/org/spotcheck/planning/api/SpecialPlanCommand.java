package org.spotcheck.planning.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the planner adds to a complaint to draft a special plan (专项) from it. */
public record SpecialPlanCommand(
        @NotBlank @Size(max = 32) String labCode,
        @NotNull @Min(1) @Max(1000) Integer batches,
        @NotNull @Min(1) @Max(4) Integer quarter,
        @NotNull @DecimalMin("0.00") @DecimalMax("100000000.00") BigDecimal budget,
        @NotNull @Min(2000) @Max(2100) Integer planYear) {
}
