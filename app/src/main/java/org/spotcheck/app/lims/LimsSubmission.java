package org.spotcheck.app.lims;

import java.util.List;

/**
 * The answer to a LIMS submission (201): the lab sample, the drafted report and each item's judgment. A
 * replay with the same {@code Idempotency-Key} and body returns the same answer.
 *
 * @param reportStatus    the drafted report's status (DRAFTED: it now waits for review)
 * @param conclusion      NO_NONCONFORMITY_FOUND or NONCONFORMING
 * @param conclusionZh    the conclusion as the report prints it
 * @param grade           SERIOUS or GENERAL, null when nothing failed
 * @param failedItems     the codes of the items that failed
 */
public record LimsSubmission(long labSampleId, String sampleCode, long reportId, int reportVersion, String reportStatus,
        String conclusion, String conclusionZh, String grade, List<String> failedItems, List<ItemJudgment> items) {

    /**
     * One item as judged.
     *
     * @param measured        the result as submitted
     * @param rounded         the value rounded to the item's decimals (GB/T 8170) as a decimal string, null for
     *                        a qualitative result
     * @param computedVerdict the judgment the rule gives (PASS / FAIL)
     * @param verdict         the judgment that counts (the override's, if any)
     */
    public record ItemJudgment(String code, String measured, String rounded, String computedVerdict, String verdict,
            boolean overridden) {
    }
}
