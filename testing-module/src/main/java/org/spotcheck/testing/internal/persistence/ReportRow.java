package org.spotcheck.testing.internal.persistence;

import java.time.Instant;

/** Row of tst_report. */
public class ReportRow {
    public Long id;
    public Long labSampleId;
    public String reportNo;
    public Integer version;
    public String conclusion;
    public String grade;
    public String failedItems;
    public String status;
    public String draftedBy;
    public Instant draftedAt;
    public String reviewedBy;
    public Instant reviewedAt;
    public String approvedBy;
    public Instant approvedAt;
    public Instant issuedAt;
    public String contentHash;
    public Long previousReportId;
    public String correctionReason;
    public Integer rowVersion;
}
