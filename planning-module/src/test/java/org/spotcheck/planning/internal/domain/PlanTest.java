package org.spotcheck.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;

/** The plan's state machine, without Spring: legal moves change the status, illegal ones are refused with a rule. */
class PlanTest {

    private static Plan at(PlanStatus status, boolean sectionReview, int levels, int done, String reviewedBy) {
        return new Plan(status, sectionReview, levels, done, reviewedBy);
    }

    private static void refused(Runnable move, String rule) {
        assertThatThrownBy(move::run).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).rule()).isEqualTo(rule);
    }

    @Test
    void anAnnualPlanGoesThroughReviewTwoLevelsFilingIssueAndClose() {
        Plan plan = Plan.draft();
        plan.submit();
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        plan = at(PlanStatus.SUBMITTED, true, 2, 0, null);
        plan.review(Decision.APPROVE);
        assertThat(plan.status()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(plan.approve(Decision.APPROVE)).isEqualTo(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(plan.fullyApproved()).isFalse();
        assertThat(plan.approve(Decision.APPROVE)).isEqualTo(2);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        plan.fileWithSuperior();
        assertThat(plan.status()).isEqualTo(PlanStatus.FILED_WITH_SUPERIOR);
        plan.issue();
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.close()).isTrue();
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void aSpecialPlanWithoutSectionReviewIsApprovedFromSubmitted() {
        Plan plan = at(PlanStatus.SUBMITTED, false, 1, 0, null);
        refused(() -> plan.review(Decision.APPROVE), "NO_SECTION_REVIEW");
        plan.approve(Decision.APPROVE);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void anAnnualPlanIsNotApprovedBeforeItsSectionReview() {
        refused(() -> at(PlanStatus.SUBMITTED, true, 1, 0, null).approve(Decision.APPROVE), "PLAN_WRONG_STATUS");
    }

    @Test
    void aReturnGivesReturnedWhichIsResubmittedNotSubmitted() {
        Plan plan = at(PlanStatus.REVIEWED, true, 2, 1, "li");
        assertThat(plan.approve(Decision.RETURN)).isZero();
        assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
        refused(plan::submit, "PLAN_NOT_SUBMITTABLE");
        plan.checkEditable();
        plan.resubmit();
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.approvalsDone()).isZero();
    }

    @Test
    void aWithdrawalIsOnlyBeforeReview() {
        Plan submitted = at(PlanStatus.SUBMITTED, true, 1, 0, null);
        submitted.withdraw();
        assertThat(submitted.status()).isEqualTo(PlanStatus.DRAFT);
        refused(() -> at(PlanStatus.REVIEWED, true, 1, 0, "li").withdraw(), "REVIEW_STARTED");
    }

    @Test
    void theReviewerTakesBackOnlyHisOwnReviewBeforeAnyApproval() {
        Plan plan = at(PlanStatus.REVIEWED, true, 2, 0, "li");
        refused(() -> plan.withdrawReview("wang"), "NOT_WITHDRAWABLE");
        refused(() -> at(PlanStatus.REVIEWED, true, 2, 1, "li").withdrawReview("li"), "NOT_WITHDRAWABLE");
        plan.withdrawReview("li");
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aFailedCountersignReturnsThePlan() {
        Plan passed = at(PlanStatus.REVIEWED, true, 1, 0, "li");
        passed.concludeCountersign(true);
        assertThat(passed.status()).isEqualTo(PlanStatus.REVIEWED);
        Plan failed = at(PlanStatus.REVIEWED, true, 1, 0, "li");
        failed.concludeCountersign(false);
        assertThat(failed.status()).isEqualTo(PlanStatus.RETURNED);
        refused(() -> at(PlanStatus.SUBMITTED, true, 1, 0, null).countersign(), "PLAN_WRONG_STATUS");
    }

    @Test
    void illegalMovesAreRefused() {
        refused(() -> at(PlanStatus.SUBMITTED, true, 1, 0, null).checkEditable(), "PLAN_NOT_EDITABLE");
        refused(() -> at(PlanStatus.ISSUED, true, 1, 1, null).checkEditable(), "PLAN_NOT_EDITABLE");
        refused(() -> at(PlanStatus.REVIEWED, true, 1, 0, null).fileWithSuperior(), "PLAN_WRONG_STATUS");
        refused(() -> at(PlanStatus.APPROVED, true, 1, 1, null).issue(), "PLAN_WRONG_STATUS");
        refused(() -> at(PlanStatus.DRAFT, true, 1, 0, null).resubmit(), "PLAN_WRONG_STATUS");
        refused(() -> at(PlanStatus.APPROVED, true, 1, 1, null).checkAmendable(), "PLAN_NOT_AMENDABLE");
        refused(() -> at(PlanStatus.CLOSED, true, 1, 1, null).close(), "PLAN_WRONG_STATUS");
        refused(() -> at(PlanStatus.SUBMITTED, true, 1, 0, null).supersede(), "PLAN_WRONG_STATUS");
    }

    @Test
    void aSupersededVersionStaysSupersededWhenItsChecksEnd() {
        Plan plan = at(PlanStatus.ISSUED, true, 1, 1, null);
        plan.checkAmendable();
        plan.supersede();
        assertThat(plan.close()).isFalse();
        assertThat(plan.status()).isEqualTo(PlanStatus.SUPERSEDED);
    }
}
