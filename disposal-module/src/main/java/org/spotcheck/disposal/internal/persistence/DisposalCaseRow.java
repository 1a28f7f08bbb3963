package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_case. */
public class DisposalCaseRow {
    public Long id;
    public String taskCode;
    public String sampleCode;
    public String reportNo;
    public String authorityCode;
    public String labCode;
    public String enterpriseCode;
    public String enterpriseName;
    public String productName;
    public String conclusion;
    public String grade;
    public String status;
    public Instant openedAt;
    public String servedBy;
    public Instant servedAt;
    public String serviceMethod;
    public Instant closedAt;
    public Integer rowVersion;
}
