package org.spotcheck.disposal.api;

/** A snapshot of the issued report that the case is about. */
public record OpenCaseCommand(String taskCode, String sampleCode, String reportNo, String authorityCode,
        String labCode, String enterpriseCode, String enterpriseName, String productName, String conclusion,
        String grade) {
}
