package org.spotcheck.disposal.api;

import java.time.Instant;

/**
 * A quality warning (质量预警) and what planners did with it.
 *
 * @param status   OPEN, PLAN_STARTED (planCode names the special plan) or DISMISSED
 * @param caseId   the case whose final conclusion raised it
 * @param messageEn the message in English (null for a warning raised before V4_350)
 */
public record WarningView(long id, long ruleId, String ruleName, String authorityCode, String kind, long caseId,
        String taskCode, String productCode, String regionCode, String enterpriseCode, String message, String status,
        String planCode, String handledBy, Instant handledAt, String handlingComment, Instant raisedAt, String messageEn) {
}
