package org.spotcheck.disposal.api;

import java.util.List;

/**
 * A referral to enforcement (移送) with the facts and the evidence.
 *
 * @param reason REFUSED_SAMPLING (拒检, Product Quality Law art. 56), SERIOUS_QUALITY_PROBLEM (R27) or
 *               LICENCE_REVOCATION (a re-inspection failed again after suspension, R16)
 */
public record OpenReferralCommand(String taskCode, String authorityCode, String enterpriseCode, String enterpriseName,
        String reason, String facts, List<Long> evidenceIds) {
}
