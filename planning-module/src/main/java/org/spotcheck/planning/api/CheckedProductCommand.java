package org.spotcheck.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A product was sampled in a spot-check: the record that the Order 18 art. 8 duplicate rule
 * (R2) reads at later draws. Sent by the process after sampling, with a snapshot from the
 * sampling record (ADR 0008).
 *
 * @param taskCode      the spot-check task (case number); one record per task
 * @param standardCode  the product standard on the label, when the sampling record has it
 * @param checkedOn     the sampling date
 */
public record CheckedProductCommand(
        @NotBlank @Size(max = 40) String taskCode,
        @NotBlank @Size(max = 32) String authorityCode,
        @NotBlank @Size(max = 32) String enterpriseCode,
        @NotBlank @Size(max = 32) String productCode,
        @Size(max = 100) String standardCode,
        @Size(max = 100) String trademark,
        @Size(max = 200) String specification,
        @NotNull LocalDate checkedOn) {
}
