package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_warning (with its rule's name and case's number when read). */
public class WarningRow {
    public Long id;
    public Long ruleId;
    public String ruleName;
    public String authorityCode;
    public String kind;
    public Long caseId;
    public String taskCode;
    public String productCode;
    public String regionCode;
    public String enterpriseCode;
    public String message;
    public String messageEn;
    public String status;
    public String planCode;
    public String handledBy;
    public Instant handledAt;
    public String handlingComment;
    public Instant raisedAt;
    public Integer rowVersion;
}
