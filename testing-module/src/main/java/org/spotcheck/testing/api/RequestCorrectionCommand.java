package org.spotcheck.testing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The authorised signatory asks for a corrected version of an issued report, saying why. */
public record RequestCorrectionCommand(@NotBlank @Size(max = 1000) String reason) {
}
