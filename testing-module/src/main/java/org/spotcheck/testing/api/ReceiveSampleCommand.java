package org.spotcheck.testing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the lab finds at receipt.
 *
 * @param sampleCode     the code read from the label
 * @param testSealNumber the seal number read from the test portion
 * @param sealIntact     whether the seal is unbroken
 */
public record ReceiveSampleCommand(
        @NotBlank @Size(max = 48) String sampleCode,
        @NotBlank @Size(max = 64) String testSealNumber,
        @NotNull Boolean sealIntact,
        @Size(max = 500) String note) {
}
