package org.spotcheck.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Declares that a lab has a conflict of interest with an enterprise for a product (R21): for
 * example a paid service contract or commissioned tests for the same kind of product.
 *
 * @param labCode the lab; a lab's own staff may only declare for their lab
 */
public record DeclareLabConflictCommand(
        @NotBlank @Size(max = 32) String labCode,
        @NotBlank @Size(max = 32) String enterpriseCode,
        @NotBlank @Size(max = 32) String productCode,
        @NotBlank @Size(max = 500) String reason) {
}
