package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 责令停业，限期整顿 (R16; Product Quality Law art. 17): until when, and the order's text. */
public record SuspensionOrderCommand(@NotNull LocalDate suspendedUntil, @NotBlank @Size(max = 2000) String text) {
}
