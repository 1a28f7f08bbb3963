package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The enterprise's rectification report (整改报告) with its evidence (uploaded files).
 */
public record RectificationReportCommand(@NotBlank @Size(max = 2000) String summary,
        @NotEmpty @Size(max = 20) List<@NotNull Long> evidenceIds) {
}
