package org.spotcheck.testing.api.event;

import org.spotcheck.shared.ModuleEvent;

/**
 * The authorised signatory asked for a corrected version of an issued report. Published inside
 * the requesting transaction, so a listener that starts the correction process joins it.
 *
 * @param caseCode the spot-check case number (the lab sample's task code)
 */
public record ReportCorrectionRequested(long reportId, long labSampleId, String caseCode, String labCode,
        String reason, String requestedBy) implements ModuleEvent {
}
