package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

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
    /** Last day of the objection window, fixed at service (R5); null on cases served before V4_82. */
    public java.time.LocalDate objectionDeadline;
    public String serviceMethod;
    public Instant closedAt;
    public Integer rowVersion;
    public String productCode;
    public String industry;
    public String regionCode;
    public String enterpriseSize;
    public String enterpriseAddress;
    public String channel;
    public String trademark;
    public String specification;
    public String batchNumber;
    public String producerName;
    public Instant noticeSentAt;
    public String finalConclusion;
    public String finalGrade;
    public String finalBasis;
    public Instant concludedAt;
    public Boolean stopSale;
    public Instant stopSaleSince;
    public String escalatedTo;
    public Instant escalatedAt;
    public LocalDate announcedOn;
    public LocalDate suspendedUntil;
    public String closeReason;
}
