package org.spotcheck.planning.api;

import java.util.List;

/**
 * 抽查任务: one drawn enterprise of one plan item, with the snapshot that sampling and testing need.
 * Its code is the case number.
 */
public record SpotCheckTaskView(
        String code,
        long planId,
        String planCode,
        long planItemId,
        String authorityCode,
        String regionCode,
        String productCode,
        String productName,
        long ruleId,
        String labCode,
        String labName,
        String enterpriseCode,
        String enterpriseName,
        String enterpriseCreditCode,
        String enterpriseAddress,
        List<String> inspectorCodes,
        List<String> samplerUsernames,
        long enterpriseDrawId,
        long inspectorDrawId,
        String status) {
}
