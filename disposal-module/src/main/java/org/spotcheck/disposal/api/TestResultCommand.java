package org.spotcheck.disposal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The conclusion of an issued report from the testing module (a re-test or a re-inspection).
 *
 * @param failedItems     codes of the items that failed
 * @param labCode         the lab that issued the report
 * @param failedItemNames the Chinese names of the failed items, in the report's order
 * @param failedItemNamesEn their English names in the same order (blank where an item has none), or an empty list; a
 *                        failed re-inspection's log line names the items with them (issue 17, brief fix17: it showed codes)
 * @param sample          the sample the report is about when it is not the case's first one (a re-inspection's
 *                        new sample); null for a re-test, which tests the first sample's backup portion
 */
public record TestResultCommand(String reportNo, String conclusion, String grade, List<String> failedItems,
        String labCode, List<String> failedItemNames, Sample sample, List<String> failedItemNamesEn) {

    /** A result whose sample is the case's own (a re-test): no lab, names or sample of its own. */
    public TestResultCommand(String reportNo, String conclusion, String grade, List<String> failedItems) {
        this(reportNo, conclusion, grade, failedItems, null, List.of(), null, List.of());
    }

    /** What identifies a sample on a publication: code, trademark, specification, batch number, production date. */
    public record Sample(String sampleCode, String trademark, String specification, String batchNumber,
            LocalDate productionDate) {
    }
}
