package org.spotcheck.app.audit;

import java.time.Instant;

/**
 * The result of walking the hash chain from the anchor to the head.
 *
 * @param valid     whether every row is present, unchanged and linked
 * @param checked   rows checked
 * @param firstSeq  first sequence number expected (anchor + 1)
 * @param lastSeq   last sequence number according to the head
 * @param brokenAt  the first sequence number where the chain breaks, or null
 * @param problem   MISSING_ROW, ROW_CHANGED, LINK_BROKEN, HEAD_MISMATCH or ANCHOR_MISMATCH, or null
 */
public record AuditVerification(boolean valid, long checked, long firstSeq, long lastSeq, Long brokenAt, String problem,
        Instant verifiedAt) {
}
