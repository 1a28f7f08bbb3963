package org.spotcheck.testing.api;

import org.spotcheck.shared.CaseNumber;
import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ProcessOnly;
import org.spotcheck.shared.Decision;

/**
 * The testing module's facade: lab receipt, results against the limits of the implementation
 * rule, automatic judgment, and the test report's three-person chain (draft, review, approve).
 * A lab sees only the samples assigned to it.
 */
public interface TestingApi {

    /** Registers a sample sent to a lab, with the test items snapshotted from the rule in force. */
    @ProcessOnly
    LabSampleView registerSample(Actor actor, RegisterLabSampleCommand command);

    /** The lab checks the seal and the code at receipt (入库). */
    LabSampleView receiveSample(Actor actor, long labSampleId, ReceiveSampleCommand command);

    /** Enters a result per test item; the system judges every item and the batch and drafts the report. */
    ReportView enterResults(Actor actor, long labSampleId, EnterResultsCommand command);

    /*
     * The report's decisions return nothing (issue 14.2): the workflow's steps, their only callers, never read the
     * report back; a view after each write cost four reads. getReport reads it.
     */

    /** The reviewer (审核) approves or returns the draft; never the drafter. */
    void reviewReport(Actor actor, long reportId, Decision decision, String comment);

    /** The authorised signatory (批准) approves or returns; never the drafter or the reviewer. */
    void approveReport(Actor actor, long reportId, Decision decision, String comment);

    /**
     * The approver returns the reviewed report to the review step (驳回至上一步), with a mandatory
     * comment; the results and the draft are kept and the report waits for review again.
     */
    void returnReportToReview(Actor actor, long reportId, String comment);

    /** The reviewer takes back his review (撤回) before the approver acted: the draft waits for his review again. */
    void withdrawReview(Actor actor, long reportId, String comment);

    /**
     * Numbers and issues an approved report; it is immutable afterwards. Its items are frozen with
     * it and its content hash is taken. A correction is numbered {@code <first number>-v<version>}.
     */
    @ProcessOnly
    ReportView issueReport(Actor actor, long reportId);

    /**
     * The authorised signatory of the report's lab asks for a corrected version of the newest issued
     * report, saying why. The next {@link #enterResults} on the sample drafts the new version, linked
     * to this one; publishes {@link org.spotcheck.testing.api.event.ReportCorrectionRequested}.
     */
    ReportView requestCorrection(Actor actor, long reportId, RequestCorrectionCommand command);

    /** The issued report as a PDF (Chinese text, the lab's details, every item, a QR code to the verify page). */
    byte[] reportPdf(Actor actor, long reportId);

    /**
     * Public: whether an issued report with this number and content hash exists and is intact.
     * Reveals nothing unless both match.
     */
    ReportVerification verifyReport(String reportNo, String contentHash);

    /** Every version of the report of a lab sample, newest first. */
    List<ReportView> reportVersions(Actor actor, long labSampleId);

    LabSampleView getLabSample(Actor actor, long labSampleId);

    ReportView getReport(Actor actor, long reportId);

    /** The current report of a lab sample, or null. */
    ReportView currentReport(Actor actor, long labSampleId);

    List<LabSampleView> listLabSamples(Actor actor);

    /** One page of the caller's lab's samples that match, newest first, with how many match (issue 17.4). */
    org.spotcheck.shared.Paged<LabSampleView> searchLabSamples(Actor actor, LabSampleQuery query);

    /**
     * The lab samples of a case, oldest first: the first test, a re-test of the backup portion and
     * the re-inspections ({@code <case number>-F<round>}); only those the caller may see (his lab's,
     * or his authority's).
     */
    List<LabSampleView> labSamplesOfCase(Actor actor, CaseNumber caseNumber);

    /** Every report version of the lab samples of a case that the caller may see, oldest first. */
    List<ReportView> reportsOfCase(Actor actor, String caseCode);
}
