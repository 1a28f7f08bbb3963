package org.spotcheck.testing.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Results per test item code: a number for MAX, MIN and RANGE limits (for a MAX limit also 未检出 with
 * the detection limit, e.g. {@code 未检出（<0.01）} or {@code <0.01}), an allowed value for
 * ENUMERATION (where the requirement is 不得检出: 未检出 / ND passes, 检出 fails), and 符合/不符合
 * (PASS/FAIL) for QUALITATIVE. A result that cannot be judged is refused per item (results.CODE).
 *
 * @param overrides optional manual judgments: item code to PASS/FAIL, each needing a reason
 * @param overrideReasons reasons of the overrides, by item code
 */
public record EnterResultsCommand(
        @NotNull @NotEmpty Map<String, @NotNull @Size(max = 100) String> results,
        Map<String, String> overrides,
        Map<String, String> overrideReasons) {
}
