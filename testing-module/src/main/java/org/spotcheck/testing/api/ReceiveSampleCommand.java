package org.spotcheck.testing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the lab finds at receipt (domain.md stage E): it accepts the sample only with an intact seal
 * and matching code and seal number; otherwise it rejects it with a reason, which sends a
 * re-sampling task back to the samplers.
 *
 * @param sampleCode      the code read from the label, or the whole text of its scanned QR code
 * @param testSealNumber  the seal number read from the test portion
 * @param sealIntact      whether the seal is unbroken
 * @param accept          true to accept (the default), false to reject the sample
 * @param rejectionReason why the sample is rejected; required when rejecting
 */
public record ReceiveSampleCommand(
        @NotBlank @Size(max = 200) String sampleCode,
        @NotBlank @Size(max = 64) String testSealNumber,
        @NotNull Boolean sealIntact,
        @Size(max = 500) String note,
        Boolean accept,
        @Size(max = 500) String rejectionReason) {

    /** A receipt that accepts the sample. */
    public ReceiveSampleCommand(String sampleCode, String testSealNumber, Boolean sealIntact, String note) {
        this(sampleCode, testSealNumber, sealIntact, note, null, null);
    }

    public boolean rejecting() {
        return Boolean.FALSE.equals(accept);
    }
}
