package org.spotcheck.testing.api;

import java.time.Instant;

/**
 * The answer of the public verify page for a report number and content hash. Only a genuine
 * pair reveals anything about the report; otherwise every detail is null.
 *
 * @param genuine      an issued report with this number exists, the hash is its hash, and its
 *                     stored content still hashes to it
 * @param supersededBy the number of the issued correction that replaces this version, or null
 * @param retest       the report of a re-test (复检) of the backup portion
 * @param labCode      the lab's code, so that an English page names it in English beside {@code labName}, the name as
 *                     issued (issue 17, brief bil18)
 * @param productCode  the product's code, and {@code conclusion} and {@code grade} the conclusion's codes: an English
 *                     page reads them in English; the Chinese values are the report's words as issued
 */
public record ReportVerification(boolean genuine, String reportNo, Integer version, Instant issuedAt, String labName,
        String productName, String enterpriseName, String sampleCode, String conclusionZh, String supersededBy, boolean retest,
        String labCode, String productCode, String conclusion, String grade) {

    public static ReportVerification notGenuine(String reportNo) {
        return new ReportVerification(false, reportNo, null, null, null, null, null, null, null, null, false, null, null, null, null);
    }
}
