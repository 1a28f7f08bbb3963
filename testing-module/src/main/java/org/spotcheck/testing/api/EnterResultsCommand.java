package org.spotcheck.testing.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Results per test item code: a number for MAX, MIN and RANGE limits, an allowed value for
 * ENUMERATION, and 符合/不符合 (PASS/FAIL) for QUALITATIVE.
 *
 * @param overrides optional manual judgments: item code to PASS/FAIL, each needing a reason
 * @param overrideReasons reasons of the overrides, by item code
 */
public record EnterResultsCommand(
        @NotNull @NotEmpty Map<String, @NotNull @Size(max = 100) String> results,
        Map<String, String> overrides,
        Map<String, String> overrideReasons) {
}
