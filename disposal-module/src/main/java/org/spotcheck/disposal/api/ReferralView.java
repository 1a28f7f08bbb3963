package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;
import org.spotcheck.shared.StoredMessage;

/**
 * An enforcement referral and what enforcement decided.
 *
 * @param facts        the facts as the 移送函 states them, in Chinese
 * @param factsMessage the facts' bundle key and arguments, which a page renders in its reader's language (issue 17);
 *                     null for referrals opened before it was kept (their facts show as stored)
 */
public record ReferralView(long id, String taskCode, String authorityCode, String enterpriseCode, String enterpriseName,
        String reason, String facts, List<Long> evidenceIds, String status, Instant openedAt, String decidedBy,
        Instant decidedAt, String decisionComment, StoredMessage factsMessage) {

    public ReferralView(long id, String taskCode, String authorityCode, String enterpriseCode, String enterpriseName,
            String reason, String facts, List<Long> evidenceIds, String status, Instant openedAt, String decidedBy,
            Instant decidedAt, String decisionComment) {
        this(id, taskCode, authorityCode, enterpriseCode, enterpriseName, reason, facts, evidenceIds, status, openedAt,
                decidedBy, decidedAt, decisionComment, null);
    }
}
