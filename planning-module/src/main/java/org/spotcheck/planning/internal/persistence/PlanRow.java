package org.spotcheck.planning.internal.persistence;

import java.time.Instant;

/** Row of pln_plan. */
public class PlanRow {
    public Long id;
    public String code;
    public String title;
    public String kind;
    public Integer planYear;
    public String authorityCode;
    public String regionCode;
    public String legalBasis;
    public String status;
    public String draftedBy;
    public String reviewedBy;
    public String approvedBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Integer rowVersion;
    public Integer versionNo;
    public Long amendsId;
    public Boolean sectionReview;
    public Integer approvalLevels;
    public Integer approvalsDone;
    public String filedWith;
    public Instant filedAt;
    public String sourceType;
    public String sourceRef;
}
