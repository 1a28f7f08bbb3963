package org.spotcheck.testing.api;

import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.ProcessOnly;

/** The test report's three-person chain (draft, review, approve), its issue and the request for a correction. */
public interface ReportChain {

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
     * report, saying why. The next {@link ResultEntry#enterResults} on the sample drafts the new version, linked
     * to this one; publishes {@link org.spotcheck.testing.api.event.ReportCorrectionRequested}.
     */
    ReportView requestCorrection(Actor actor, long reportId, RequestCorrectionCommand command);
}
