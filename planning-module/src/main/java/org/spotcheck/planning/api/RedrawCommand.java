package org.spotcheck.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new draw of the inspectors of one spot-check task (domain.md §4.4: a re-draw only with a
 * logged reason).
 *
 * @param reason  why the first team cannot go, for example a conflict of interest found late
 * @param exclude inspector codes that must not be drawn this time (for example one who is ill)
 */
public record RedrawCommand(@NotBlank @Size(max = 500) String reason, List<@NotBlank String> exclude) {
}
