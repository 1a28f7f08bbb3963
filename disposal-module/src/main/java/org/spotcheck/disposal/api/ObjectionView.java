package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/**
 * An objection with its re-test application (异议 / 复检申请) and, once done, the re-test.
 *
 * @param status       FILED, ACCEPTED, REJECTED, RETESTED or ABANDONED
 * @param feePrepaidBy R7: always APPLICANT (the applicant pays first)
 * @param feeBorneBy   R7: APPLICANT if the re-test agrees with the first conclusion, else AUTHORITY
 * @param evidenceIds  the enterprise's evidence files (attachment ids), possibly empty
 */
public record ObjectionView(long id, String reason, List<String> disputedItems, String filedBy, Instant filedAt,
        String status, String decidedBy, Instant decidedAt, String decisionReason, String retestLabCode,
        Long retestDrawId, String retestReportNo, String retestConclusion, String retestGrade, String feePrepaidBy,
        String feeBorneBy, Instant completedAt, List<Long> evidenceIds) {
}
