package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A rectification order (责令整改, R13).
 *
 * @param orderedOn              the order date (责令之日), today when absent
 * @param requirements           what the enterprise must correct and report
 * @param seriousQualityProblem  R27: a serious quality problem also goes to enforcement (移送); a required choice,
 *                               never defaulted from the grade (the page pre-ticks it for 严重不合格, the officer decides)
 */
public record RectificationOrderCommand(LocalDate orderedOn, @NotBlank @Size(max = 1000) String requirements,
        @NotNull Boolean seriousQualityProblem) {
}
