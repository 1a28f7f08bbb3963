package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_objection. */
public class ObjectionRow {
    public Long id;
    public Long caseId;
    public String reason;
    public String evidenceIds;
    public String filedBy;
    public Instant filedAt;
    public String status;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionReason;
    public String retestLabCode;
    public Long retestDrawId;
    public String retestReportNo;
    public String retestConclusion;
    public String retestGrade;
    public String feePrepaidBy;
    public String feeBorneBy;
    public Instant completedAt;
    public Integer rowVersion;
}
