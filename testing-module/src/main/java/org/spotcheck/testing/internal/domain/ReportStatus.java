package org.spotcheck.testing.internal.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a test report stands in its three-person chain (编制、审核、批准) and after issue. A correction
 * is a new report (a new version), so an issued report never changes status again.
 */
public enum ReportStatus {
    /** Drafted (编制) from the results; waits for review. */
    DRAFT,
    /** Returned by the reviewer or the approver; the results may be entered again. */
    RETURNED,
    /** Reviewed (审核); waits for the authorised signatory. */
    REVIEWED,
    /** Approved (批准); the process numbers and issues it. */
    APPROVED,
    /** Issued: immutable, hashed and verifiable. */
    ISSUED;

    private Set<ReportStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(REVIEWED, RETURNED, DRAFT);
            case RETURNED -> EnumSet.of(DRAFT);
            case REVIEWED -> EnumSet.of(APPROVED, RETURNED, DRAFT);
            case APPROVED -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    /** Whether the chain allows going from this status to {@code target}. */
    public boolean canBecome(ReportStatus target) {
        return next().contains(target);
    }

    /** Results may be (re-)entered on a draft or a returned report only. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
