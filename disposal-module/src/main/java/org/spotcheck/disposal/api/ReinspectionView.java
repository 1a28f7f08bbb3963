package org.spotcheck.disposal.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A re-inspection (复查).
 *
 * @param round           1 after the rectification order, 2 after the announcement, 3 after the suspension
 * @param taskCode        the code its sampling and testing run under (case number + "-F" + round)
 * @param windowTo        last day it is due, null when open-ended
 * @param outcome         once concluded: PASSED, ESCALATE, SUSPEND or REVOKE
 * @param labCode         the lab that issued its report
 * @param grade           its report's grade (SERIOUS, GENERAL), null when it passed
 * @param failedItemsText the names of its failed items, joined with 、
 * @param sampleCode      its own sample (a new one, drawn for the re-inspection), with what identifies it:
 *                        trademark, specification, batch number, production date
 * @param failedItemCodes the codes of its failed items, joined with 、 as the names are (V4_280); null for rounds
 *                        concluded before
 */
public record ReinspectionView(int round, String taskCode, LocalDate windowFrom, LocalDate windowTo,
        String organisedBy, LocalDate organisedOn, String reportNo, String conclusion, Instant concludedAt,
        String outcome, String labCode, String grade, String failedItemsText, String sampleCode, String trademark,
        String specification, String batchNumber, LocalDate productionDate, String failedItemCodes) {
}
