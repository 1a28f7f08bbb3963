package org.spotcheck.disposal.api;

import java.util.List;

/**
 * The conclusion of an issued report from the testing module (a re-test or a re-inspection).
 *
 * @param failedItems codes of the items that failed
 */
public record TestResultCommand(String reportNo, String conclusion, String grade, List<String> failedItems) {
}
