package org.spotcheck.planning.internal.domain;

import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;

/**
 * A plan's status and the transitions domain.md stage A allows (see {@link PlanStatus}): a draft is
 * submitted; an annual plan is section-reviewed (科室审核), then approved level by level (局领导批准),
 * filed with the superior authority, issued and closed; a return at any review or approval step gives
 * RETURNED, which is resubmitted; a withdrawal before review gives DRAFT again; an issued version an
 * amendment replaced is SUPERSEDED. Every other move is refused with a stable rule. Who may act (the
 * drafter, a reviewer, an approver) is checked by the application; this class knows only the states.
 */
public final class Plan {

    private PlanStatus status;
    private final boolean sectionReview;
    private final int approvalLevels;
    private int approvalsDone;
    private final String reviewedBy;

    public Plan(PlanStatus status, boolean sectionReview, Integer approvalLevels, Integer approvalsDone, String reviewedBy) {
        this.status = status;
        this.sectionReview = sectionReview;
        this.approvalLevels = approvalLevels == null ? 1 : approvalLevels;
        this.approvalsDone = approvalsDone == null ? 0 : approvalsDone;
        this.reviewedBy = reviewedBy;
    }

    /** A plan in the state a draft starts in. */
    public static Plan draft() {
        return new Plan(PlanStatus.DRAFT, false, null, null, null);
    }

    public PlanStatus status() {
        return status;
    }

    public int approvalsDone() {
        return approvalsDone;
    }

    /** Only a draft or a returned plan can be edited. */
    public void checkEditable() {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw new ConflictException("PLAN_NOT_EDITABLE", "a plan in status " + status + " cannot be edited", status);
        }
    }

    /** DRAFT → SUBMITTED; a returned plan is resubmitted instead. */
    public void submit() {
        if (status != PlanStatus.DRAFT) {
            throw new ConflictException("PLAN_NOT_SUBMITTABLE",
                    "a plan in status " + status + " cannot be submitted", status);
        }
        status = PlanStatus.SUBMITTED;
    }

    /** RETURNED → SUBMITTED: a new approval round on the same path; its level count starts again. */
    public void resubmit() {
        expect(PlanStatus.RETURNED);
        approvalsDone = 0;
        status = PlanStatus.SUBMITTED;
    }

    /** SUBMITTED → DRAFT (撤回), only before anyone reviewed it. */
    public void withdraw() {
        if (status != PlanStatus.SUBMITTED) {
            throw new ConflictException("REVIEW_STARTED", "a plan can only be withdrawn before anyone has reviewed it", status);
        }
        status = PlanStatus.DRAFT;
    }

    /** Section review of a SUBMITTED plan whose path has one: APPROVE → REVIEWED, RETURN → RETURNED. */
    public void review(Decision decision) {
        expect(PlanStatus.SUBMITTED);
        if (!sectionReview) {
            throw new ConflictException("NO_SECTION_REVIEW", "this plan's path has no section review");
        }
        status = decision == Decision.APPROVE ? PlanStatus.REVIEWED : PlanStatus.RETURNED;
    }

    /** A countersigner's opinion leaves a REVIEWED plan as it is. */
    public void countersign() {
        expect(PlanStatus.REVIEWED);
    }

    /** The countersign concluded: passed, the plan waits for the directors; failed, it is RETURNED. */
    public void concludeCountersign(boolean passed) {
        expect(PlanStatus.REVIEWED);
        if (!passed) {
            status = PlanStatus.RETURNED;
        }
    }

    /** REVIEWED → SUBMITTED: the reviewer takes back his own review before any director approved. */
    public void withdrawReview(String by) {
        expect(PlanStatus.REVIEWED);
        if (!by.equals(reviewedBy) || approvalsDone > 0) {
            throw new ConflictException("NOT_WITHDRAWABLE", "only your own review, before any approval");
        }
        status = PlanStatus.SUBMITTED;
    }

    /**
     * One director level: the first level of a plan without section review acts on SUBMITTED, every
     * other on REVIEWED. RETURN → RETURNED; APPROVE at the last level → APPROVED, else REVIEWED for the next.
     *
     * @return the level just approved, 0 on a return
     */
    public int approve(Decision decision) {
        expect(!sectionReview && approvalsDone == 0 ? PlanStatus.SUBMITTED : PlanStatus.REVIEWED);
        if (decision == Decision.RETURN) {
            status = PlanStatus.RETURNED;
            return 0;
        }
        approvalsDone++;
        status = approvalsDone < approvalLevels ? PlanStatus.REVIEWED : PlanStatus.APPROVED;
        return approvalsDone;
    }

    public boolean fullyApproved() {
        return status == PlanStatus.APPROVED;
    }

    public int approvalLevels() {
        return approvalLevels;
    }

    /** APPROVED → FILED_WITH_SUPERIOR (报上一级备案). */
    public void fileWithSuperior() {
        move(PlanStatus.APPROVED, PlanStatus.FILED_WITH_SUPERIOR);
    }

    /** FILED_WITH_SUPERIOR → ISSUED (下达). */
    public void issue() {
        move(PlanStatus.FILED_WITH_SUPERIOR, PlanStatus.ISSUED);
    }

    /** ISSUED → SUPERSEDED, when an amendment of it is issued. */
    public void supersede() {
        move(PlanStatus.ISSUED, PlanStatus.SUPERSEDED);
    }

    /**
     * ISSUED → CLOSED once its spot-checks ended; a superseded version keeps its status.
     *
     * @return whether the status changed
     */
    public boolean close() {
        if (status == PlanStatus.SUPERSEDED) {
            return false;
        }
        move(PlanStatus.ISSUED, PlanStatus.CLOSED);
        return true;
    }

    /** Only an issued plan can be amended (a new version; this one stays ISSUED until that is issued). */
    public void checkAmendable() {
        if (status != PlanStatus.ISSUED) {
            throw new ConflictException("PLAN_NOT_AMENDABLE", "only an issued plan can be amended (status " + status + ")", status);
        }
    }

    private void move(PlanStatus from, PlanStatus to) {
        expect(from);
        status = to;
    }

    private void expect(PlanStatus expected) {
        if (status != expected) {
            throw new ConflictException("PLAN_WRONG_STATUS", "plan is " + status + ", expected " + expected, status, expected);
        }
    }
}
