package org.spotcheck.testing.api;

import java.time.Instant;
import java.util.List;

/**
 * A test report (检验报告).
 *
 * @param conclusion NO_NONCONFORMITY_FOUND or NONCONFORMING
 * @param conclusionZh 所检项目未发现不合格, or 不合格 with the grade — never 合格
 * @param grade      SERIOUS (an A item failed) or GENERAL, null when nothing failed
 */
public record ReportView(
        long id,
        long labSampleId,
        String sampleCode,
        String taskCode,
        String labCode,
        String reportNo,
        int version,
        String conclusion,
        String conclusionZh,
        String grade,
        List<String> failedItems,
        String status,
        String draftedBy,
        String reviewedBy,
        String approvedBy,
        Instant issuedAt,
        String contentHash,
        List<Event> events) {

    /** Whether the batch passed every item. */
    public boolean conforming() {
        return "NO_NONCONFORMITY_FOUND".equals(conclusion);
    }

    /** One step of the review chain. */
    public record Event(String action, String actor, String comment, Instant occurredAt) {
    }
}
