package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_publication. */
public class PublicationRow {
    public Long id;
    public Long caseId;
    public String taskCode;
    public String kind;
    public String status;
    public String authorityCode;
    public String enterpriseName;
    public String productName;
    public String trademark;
    public String specification;
    public String batchNumber;
    public String conclusionText;
    public String failedItemsText;
    public String remark;
    public Instant createdAt;
    public String preparedBy;
    public String reviewedBy;
    public Instant releasedAt;
    public Integer rowVersion;
    /** The codes the texts were written from (V4_270): the product, the conclusion and its grade, for English pages. */
    public String productCode;
    public String conclusion;
    public String grade;
    /** An announcement's re-inspection round, report, lab and the failed items' codes (V4_280; "、"-joined codes). */
    public Integer roundNo;
    public String reportNo;
    public String labCode;
    public String failedItemCodes;
}
