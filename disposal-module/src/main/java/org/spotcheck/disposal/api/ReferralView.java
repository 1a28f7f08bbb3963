package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/** An enforcement referral and what enforcement decided. */
public record ReferralView(long id, String taskCode, String authorityCode, String enterpriseCode, String enterpriseName,
        String reason, String facts, List<Long> evidenceIds, String status, Instant openedAt, String decidedBy,
        Instant decidedAt, String decisionComment) {
}
