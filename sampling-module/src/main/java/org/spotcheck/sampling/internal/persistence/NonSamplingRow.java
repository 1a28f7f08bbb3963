package org.spotcheck.sampling.internal.persistence;

import java.time.Instant;

/** Row of smp_non_sampling. */
public class NonSamplingRow {
    public Long id;
    public String taskCode;
    /** Comma-separated ids of the evidence the record names; null on rows from before V2_10. */
    public String evidenceIds;
    public String authorityCode;
    public String enterpriseCode;
    public String enterpriseName;
    public String outcome;
    public String reasonCode;
    public String refusedByName;
    public String refusedByPosition;
    public Boolean consequencesExplained;
    public String note;
    public String samplers;
    public String recordedBy;
    public Instant recordedAt;
}
