package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** Row of dsp_reinspection. */
public class ReinspectionRow {
    public Long id;
    public Long caseId;
    public Integer roundNo;
    public String taskCode;
    public LocalDate windowFrom;
    public LocalDate windowTo;
    public String organisedBy;
    public LocalDate organisedOn;
    public String reportNo;
    public String conclusion;
    public Instant concludedAt;
    /** The re-inspection's own sample and report (V4_110): what its announcement and referral rest on. */
    public String sampleCode;
    public String labCode;
    public String grade;
    public String failedItemsText;
    public String trademark;
    public String specification;
    public String batchNumber;
    public LocalDate productionDate;
    /** The failed items' codes, joined with 、 (V4_280); null for rounds concluded before. */
    public String failedItemCodes;
}
