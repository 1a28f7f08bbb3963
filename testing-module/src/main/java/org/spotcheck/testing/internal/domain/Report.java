package org.spotcheck.testing.internal.domain;

import java.time.Instant;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.InvalidInputException;

/**
 * A test report's review chain: who drafted, reviewed and approved it, and its {@link ReportStatus}.
 * Every step checks the status it starts from and the people (three different people, R28; nobody
 * reviews his own draft), and refuses with a stable rule otherwise. Plain Java: the application layer
 * loads it from its row, calls one step and saves it.
 */
public final class Report {

    private ReportStatus status;
    private String draftedBy;
    private Instant draftedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String approvedBy;
    private Instant approvedAt;
    private Instant issuedAt;

    private Report(ReportStatus status) {
        this.status = status;
    }

    /** A new version drafted from the results. */
    public static Report draft(String by, Instant at) {
        Report report = new Report(ReportStatus.DRAFT);
        report.draftedBy = by;
        report.draftedAt = at;
        return report;
    }

    /** A report as stored. */
    public static Report of(ReportStatus status, String draftedBy, Instant draftedAt, String reviewedBy, Instant reviewedAt,
            String approvedBy, Instant approvedAt, Instant issuedAt) {
        Report report = new Report(status);
        report.draftedBy = draftedBy;
        report.draftedAt = draftedAt;
        report.reviewedBy = reviewedBy;
        report.reviewedAt = reviewedAt;
        report.approvedBy = approvedBy;
        report.approvedAt = approvedAt;
        report.issuedAt = issuedAt;
        return report;
    }

    /** The results were entered again on a draft or a returned report: the chain starts over. */
    public void redraft(String by, Instant at) {
        requireEditable();
        draftedBy = by;
        draftedAt = at;
        reviewedBy = null;
        reviewedAt = null;
        approvedBy = null;
        approvedAt = null;
        moveTo(ReportStatus.DRAFT);
    }

    /** Refuses new results unless the report is a draft or returned: an issued one needs a correction. */
    public void requireEditable() {
        if (status == ReportStatus.ISSUED) {
            throw new ConflictException("REPORT_ISSUED",
                    "the report is issued; only a correction requested by the authorised signatory makes a new version");
        }
        if (!status.editable()) {
            throw new ConflictException("REPORT_LOCKED", "the report is in review and cannot be edited");
        }
    }

    /** The reviewer (审核) approves or returns the draft; never the drafter. */
    public void review(String by, Decision decision, String comment, Instant at) {
        if (by.equals(draftedBy)) {
            throw new AccessRefusedException("NO_SELF_REVIEW", "nobody reviews their own draft");
        }
        expect(ReportStatus.DRAFT);
        requireComment(decision, comment);
        reviewedBy = by;
        reviewedAt = at;
        moveTo(decision == Decision.APPROVE ? ReportStatus.REVIEWED : ReportStatus.RETURNED);
    }

    /** The authorised signatory (批准) approves or returns; never the drafter or the reviewer. */
    public void approve(String by, Decision decision, String comment, Instant at) {
        requireThirdPerson(by);
        expect(ReportStatus.REVIEWED);
        requireComment(decision, comment);
        approvedBy = decision == Decision.APPROVE ? by : null;
        approvedAt = decision == Decision.APPROVE ? at : null;
        moveTo(decision == Decision.APPROVE ? ReportStatus.APPROVED : ReportStatus.RETURNED);
    }

    /** The approver sends the reviewed report back to review (驳回至上一步) with a comment; results are kept. */
    public void returnToReview(String by, String comment) {
        requireThirdPerson(by);
        expect(ReportStatus.REVIEWED);
        requireComment(Decision.RETURN, comment);
        reviewedBy = null;
        reviewedAt = null;
        moveTo(ReportStatus.DRAFT);
    }

    /** The reviewer takes back his own review (撤回) before the approver acted. */
    public void withdrawReview(String by) {
        expect(ReportStatus.REVIEWED);
        if (!by.equals(reviewedBy)) {
            throw new ConflictException("NOT_WITHDRAWABLE", "only your own review can be withdrawn");
        }
        reviewedBy = null;
        reviewedAt = null;
        moveTo(ReportStatus.DRAFT);
    }

    /** Issues the approved report; it never changes afterwards. */
    public void issue(Instant at) {
        expect(ReportStatus.APPROVED);
        issuedAt = at;
        moveTo(ReportStatus.ISSUED);
    }

    /** Refuses unless the report has the given status. */
    public void expect(ReportStatus expected) {
        if (status != expected) {
            throw new ConflictException("WRONG_STATUS", "the report is " + status + ", expected " + expected,
                    status, expected);
        }
    }

    private void moveTo(ReportStatus target) {
        if (!status.canBecome(target)) {
            throw new ConflictException("WRONG_STATUS", "the report is " + status
                    + ", expected a status that may become " + target, status, target);
        }
        status = target;
    }

    private void requireThirdPerson(String by) {
        if (by.equals(draftedBy) || by.equals(reviewedBy)) {
            throw new AccessRefusedException("THREE_DIFFERENT_PEOPLE", "drafter, reviewer and approver must be three different people");
        }
    }

    private static void requireComment(Decision decision, String comment) {
        if (decision == Decision.RETURN && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED_ON_RETURN", "a return needs a comment");
        }
    }

    public ReportStatus status() {
        return status;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
