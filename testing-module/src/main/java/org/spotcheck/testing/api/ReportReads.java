package org.spotcheck.testing.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/** Reading reports in the reader's scope, the report PDF and the public verification. */
public interface ReportReads {

    /** The issued report as a PDF (Chinese text, the lab's details, every item, a QR code to the verify page). */
    byte[] reportPdf(Actor actor, long reportId);

    /**
     * Public: whether an issued report with this number and content hash exists and is intact.
     * Reveals nothing unless both match.
     */
    ReportVerification verifyReport(String reportNo, String contentHash);

    /** Every version of the report of a lab sample, newest first. */
    List<ReportView> reportVersions(Actor actor, long labSampleId);

    ReportView getReport(Actor actor, long reportId);

    /** The current report of a lab sample, or null. */
    ReportView currentReport(Actor actor, long labSampleId);

    /** Every report version of the lab samples of a case that the caller may see, oldest first. */
    List<ReportView> reportsOfCase(Actor actor, String caseCode);
}
