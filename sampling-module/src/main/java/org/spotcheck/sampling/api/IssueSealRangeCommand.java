package org.spotcheck.sampling.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A range of numbered seals to issue to one sampler: the series {@code prefix} followed by exactly {@code digits}
 * digits, numbers {@code firstNumber} to {@code lastNumber} (e.g. NJ2026- and 6 digits: NJ2026-000101 … NJ2026-000200).
 * A seal number is at most 64 letters, digits and hyphens (the sampling form's pattern), hence the limits.
 */
public record IssueSealRangeCommand(
        @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9-]*") String prefix,
        @NotNull @Min(1) @Max(12) Integer digits,
        @NotNull @Min(0) Long firstNumber,
        @NotNull @Min(0) Long lastNumber,
        @NotBlank @Size(max = 64) String samplerUsername) {
}
