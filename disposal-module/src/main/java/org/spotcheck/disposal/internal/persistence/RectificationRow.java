package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** Row of dsp_rectification. */
public class RectificationRow {
    public Long id;
    public Long caseId;
    public String orderedBy;
    public LocalDate orderedOn;
    public String requirements;
    public LocalDate dueOn;
    public LocalDate reinspectionDueOn;
    public Boolean seriousProblem;
    public String reportSummary;
    public String reportEvidenceIds;
    public String reportSubmittedBy;
    public Instant reportSubmittedAt;
    public Instant remindedAt;
}
