package org.spotcheck.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A complaint or report (投诉举报) about a product's quality.
 *
 * @param complainant    who complained (a name, or 匿名); never published
 * @param enterpriseCode the enterprise named, if any
 * @param regionCode     where the product was found; defaults to the enterprise's region
 */
public record ComplaintCommand(
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotBlank @Size(max = 100) String complainant,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 32) String productCode,
        @Size(max = 32) String enterpriseCode,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code") String regionCode) {
}
