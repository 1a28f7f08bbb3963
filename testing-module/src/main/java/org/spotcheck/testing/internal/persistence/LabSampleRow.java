package org.spotcheck.testing.internal.persistence;

import java.time.Instant;

/** Row of tst_lab_sample. */
public class LabSampleRow {
    public Long id;
    public String sampleCode;
    public Long sampleId;
    public String taskCode;
    public String labCode;
    public String labName;
    public String labAddress;
    public String labAccreditationNo;
    public String authorityCode;
    public String enterpriseCode;
    public String enterpriseName;
    public String productCode;
    public String productName;
    public Long ruleId;
    public String ruleTitle;
    public String ruleVersion;
    public String testSealNumber;
    public String samplers;
    public String status;
    public String receivedBy;
    public Instant receivedAt;
    public String receiptNote;
    public Instant registeredAt;
    public Integer rowVersion;
    /** The backup portion at the re-test lab (复检), set at registration (V3_190). */
    public Boolean retest;
}
