package org.spotcheck.disposal.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spotcheck.disposal.internal.domain.DisposalCase.Status;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.SpotcheckException;

class DisposalCaseTest {

    @Test
    void aConformingReportOpensACaseWithNothingToServe() {
        assertThat(DisposalCase.open(true).status()).isEqualTo(Status.OPEN);
        assertThat(DisposalCase.open(false).status()).isEqualTo(Status.AWAITING_NOTICE);
    }

    @Test
    void theFailurePathRunsThroughTheTable() {
        DisposalCase c = DisposalCase.open(false);
        c.moveTo(Status.NOTICE_SENT);
        c.moveTo(Status.NOTIFIED);
        assertThat(c.conclude(false)).isTrue();
        c.moveTo(Status.RECTIFYING);
        c.moveTo(Status.REINSPECTING);
        c.moveTo(Status.REINSPECTION_FAILED);
        c.moveTo(Status.ESCALATED);
        c.moveTo(Status.ANNOUNCED);
        c.moveTo(Status.REINSPECTING);
        c.moveTo(Status.REINSPECTION_FAILED);
        c.moveTo(Status.SUSPENDED);
        c.moveTo(Status.REINSPECTING);
        c.moveTo(Status.REINSPECTION_FAILED);
        c.moveTo(Status.REVOCATION_REFERRED);
        assertThat(c.status()).isEqualTo(Status.REVOCATION_REFERRED);
        assertThat(c.loadedStatus()).isEqualTo(Status.AWAITING_NOTICE);
    }

    @Test
    void aReTestThatClearsTheProductClosesTheCaseWithoutStopSale() {
        DisposalCase c = DisposalCase.of("RETESTING");
        assertThat(c.conclude(true)).isFalse();
        assertThat(c.status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void anIllegalTransitionIsRefusedWithAStableRule() {
        DisposalCase c = DisposalCase.of("NOTIFIED");
        // rectification needs a final conclusion first
        assertThatThrownBy(() -> c.moveTo(Status.RECTIFYING)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((SpotcheckException) e).rule()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(c.status()).isEqualTo(Status.NOTIFIED);
    }

    @Test
    void closedAndReferredCasesAreTerminal() {
        for (Status terminal : new Status[] {Status.CLOSED, Status.REVOCATION_REFERRED}) {
            assertThat(terminal.next()).isEmpty();
            for (Status s : Status.values()) {
                assertThatThrownBy(() -> DisposalCase.of(terminal.name()).moveTo(s)).isInstanceOf(ConflictException.class);
            }
        }
    }

    @Test
    void aConformingCaseCanOnlyBeClosed() {
        assertThat(Status.OPEN.next()).containsExactly(Status.CLOSED);
        assertThatThrownBy(() -> DisposalCase.of("OPEN").moveTo(Status.NOTIFIED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSecondReInspectionNeedsTheAnnouncementFirst() {
        assertThatThrownBy(() -> DisposalCase.of("ESCALATED").moveTo(Status.REINSPECTING))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void requireRefusesACommandThatDoesNotApplyNow() {
        DisposalCase c = DisposalCase.of("RECTIFYING");
        c.require(Status.RECTIFYING, Status.ANNOUNCED);
        assertThatThrownBy(() -> c.require(Status.CONCLUSION_FINAL)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((SpotcheckException) e).rule()).isEqualTo("WRONG_STATUS");
    }

    @Test
    void everyStatusHasARow() {
        for (Status s : Status.values()) {
            assertThat(s.next()).isNotNull();
        }
    }
}
