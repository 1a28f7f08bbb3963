package org.spotcheck.testing.api;

import java.time.Instant;
import java.util.List;

/**
 * A test report (检验报告), one version of it.
 *
 * @param conclusion       NO_NONCONFORMITY_FOUND or NONCONFORMING
 * @param conclusionZh     所检项目未发现不合格, or 不合格 with the grade — never 合格
 * @param grade            SERIOUS (an A item failed) or GENERAL, null when nothing failed
 * @param version          1 for the first report; a correction is the next version
 * @param previousReportId the version this one corrects, or null
 * @param correctionReason why the previous version was corrected, or null
 * @param supersededById   the issued version that replaces this one, or null
 * @param items            the judged items: frozen at issue for an issued report, live while drafting
 * @param retest           whether this is the re-test (复检) of the backup portion after an objection, titled
 *                         检验报告（复检）
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
        List<Event> events,
        Long previousReportId,
        String correctionReason,
        Long supersededById,
        List<LabSampleView.Item> items,
        boolean retest) {

    /** Whether the batch passed every item. */
    public boolean conforming() {
        return "NO_NONCONFORMITY_FOUND".equals(conclusion);
    }

    /** Whether any item's judgment was overridden by the lab (flagged on the report). */
    public boolean hasOverrides() {
        return items != null && items.stream().anyMatch(LabSampleView.Item::overridden);
    }

    /** One step of the review chain. */
    public record Event(String action, String actor, String comment, Instant occurredAt) {
    }
}
