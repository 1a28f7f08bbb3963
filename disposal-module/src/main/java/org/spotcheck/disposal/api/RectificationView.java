package org.spotcheck.disposal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification order (责令整改) and the enterprise's report.
 *
 * @param dueOn             R13: last day of the 60 days
 * @param reinspectionDueOn R14: last day of the 75 days in which the authority re-inspects
 */
public record RectificationView(String orderedBy, LocalDate orderedOn, String requirements, LocalDate dueOn,
        LocalDate reinspectionDueOn, boolean seriousProblem, String reportSummary, List<Long> reportEvidenceIds,
        String reportSubmittedBy, Instant reportSubmittedAt, Instant remindedAt) {
}
