package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.SpotcheckException;

/** The report's chain as an enum state machine: plain JUnit, no Spring. */
class ReportTest {

    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

    private static Report reviewed() {
        Report report = Report.draft("tester", T);
        report.review("reviewer", Decision.APPROVE, null, T);
        return report;
    }

    private static Report approved() {
        Report report = reviewed();
        report.approve("approver", Decision.APPROVE, null, T);
        return report;
    }

    private static String rule(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            return e.violations().get(0).field() + ":" + e.violations().get(0).rule();
        } catch (SpotcheckException e) {
            return e.rule();
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void draftReviewApproveIssueIsTheChain() {
        Report report = approved();
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(report.approvedBy()).isEqualTo("approver");
        report.issue(T);
        assertThat(report.status()).isEqualTo(ReportStatus.ISSUED);
        assertThat(report.issuedAt()).isEqualTo(T);
    }

    @Test
    void nobodyReviewsHisOwnDraft() {
        Report report = Report.draft("tester", T);
        assertThatThrownBy(() -> report.review("tester", Decision.APPROVE, null, T))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(rule(() -> report.review("tester", Decision.APPROVE, null, T))).isEqualTo("NO_SELF_REVIEW");
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void drafterReviewerAndApproverAreThreePeople() {
        assertThat(rule(() -> reviewed().approve("tester", Decision.APPROVE, null, T))).isEqualTo("THREE_DIFFERENT_PEOPLE");
        assertThat(rule(() -> reviewed().approve("reviewer", Decision.APPROVE, null, T))).isEqualTo("THREE_DIFFERENT_PEOPLE");
        assertThat(rule(() -> reviewed().returnToReview("reviewer", "why"))).isEqualTo("THREE_DIFFERENT_PEOPLE");
    }

    @Test
    void aReturnNeedsAComment() {
        Report report = Report.draft("tester", T);
        assertThatThrownBy(() -> report.review("reviewer", Decision.RETURN, " ", T)).isInstanceOf(InvalidInputException.class);
        assertThat(rule(() -> reviewed().approve("approver", Decision.RETURN, null, T))).isEqualTo("comment:COMMENT_REQUIRED_ON_RETURN");
        assertThat(rule(() -> reviewed().returnToReview("approver", ""))).isEqualTo("comment:COMMENT_REQUIRED_ON_RETURN");
    }

    @Test
    void returnsGoBackToTheDrafterOrToReview() {
        Report returned = Report.draft("tester", T);
        returned.review("reviewer", Decision.RETURN, "recheck item 3", T);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);

        Report toReview = reviewed();
        toReview.returnToReview("approver", "the reviewer should look at item 2");
        assertThat(toReview.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(toReview.reviewedBy()).isNull();
        assertThat(toReview.draftedBy()).isEqualTo("tester");

        Report byApprover = reviewed();
        byApprover.approve("approver", Decision.RETURN, "wrong unit", T);
        assertThat(byApprover.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(byApprover.approvedBy()).isNull();
    }

    @Test
    void onlyTheReviewerWithdrawsHisReviewAndOnlyBeforeApproval() {
        assertThat(rule(() -> reviewed().withdrawReview("someone"))).isEqualTo("NOT_WITHDRAWABLE");
        assertThat(rule(() -> approved().withdrawReview("reviewer"))).isEqualTo("WRONG_STATUS");
        Report report = reviewed();
        report.withdrawReview("reviewer");
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.reviewedBy()).isNull();
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheStatus() {
        ConflictException e = (ConflictException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Report.draft("tester", T).issue(T));
        assertThat(e.rule()).isEqualTo("WRONG_STATUS");
        assertThat(e.args()).containsExactly(ReportStatus.DRAFT, ReportStatus.APPROVED);
        assertThat(rule(() -> Report.draft("tester", T).approve("approver", Decision.APPROVE, null, T))).isEqualTo("WRONG_STATUS");
        assertThat(rule(() -> reviewed().review("other", Decision.APPROVE, null, T))).isEqualTo("WRONG_STATUS");
    }

    @Test
    void anIssuedReportNeverChangesAgain() {
        Report report = approved();
        report.issue(T);
        assertThat(rule(() -> report.redraft("tester", T))).isEqualTo("REPORT_ISSUED");
        assertThat(rule(() -> report.issue(T))).isEqualTo("WRONG_STATUS");
        assertThat(rule(() -> report.review("other", Decision.APPROVE, null, T))).isEqualTo("WRONG_STATUS");
        assertThat(report.status()).isEqualTo(ReportStatus.ISSUED);
        for (ReportStatus target : ReportStatus.values()) {
            assertThat(ReportStatus.ISSUED.canBecome(target)).as(target.name()).isFalse();
        }
    }

    @Test
    void resultsAreEnteredAgainOnlyOnADraftOrAReturnedReport() {
        assertThat(rule(() -> reviewed().redraft("tester", T))).isEqualTo("REPORT_LOCKED");
        assertThat(rule(() -> approved().redraft("tester", T))).isEqualTo("REPORT_LOCKED");
        Report returned = Report.draft("tester", T);
        returned.review("reviewer", Decision.RETURN, "recheck", T);
        returned.redraft("tester2", T.plusSeconds(60));
        assertThat(returned.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(returned.draftedBy()).isEqualTo("tester2");
        assertThat(returned.reviewedBy()).isNull();
    }
}
