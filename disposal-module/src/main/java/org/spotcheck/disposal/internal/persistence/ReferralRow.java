package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_referral. */
public class ReferralRow {
    public Long id;
    public String taskCode;
    public String authorityCode;
    public String enterpriseCode;
    public String enterpriseName;
    public String reason;
    public String facts;
    public String evidenceIds;
    public String status;
    public Instant openedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionComment;
    public Integer rowVersion;
    /** The referral letter's 文号 (V4_100), read by DocumentNumberMapper. */
    public String docNo;
    /** The facts' bundle key and arguments as JSON (V4_271); null for rows written before. */
    public String factsKey;
    public String factsArgs;
}
