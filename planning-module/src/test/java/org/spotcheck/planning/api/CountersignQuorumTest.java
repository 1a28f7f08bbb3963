package org.spotcheck.planning.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The countersign quorum: the configured share of the signers, rounded up. */
class CountersignQuorumTest {

    @Test
    void allMustAgreeByDefault() {
        CountersignQuorum quorum = CountersignQuorum.of(1.0, 3);
        assertThat(quorum.required()).isEqualTo(3);
        assertThat(quorum.allowedRejections()).isZero();
        assertThat(quorum.passedWith(2)).isFalse();
        assertThat(quorum.passedWith(3)).isTrue();
    }

    @Test
    void aShareIsRoundedUpWithoutFloatingPointDrift() {
        assertThat(CountersignQuorum.of(0.5, 3).required()).isEqualTo(2);
        assertThat(CountersignQuorum.of(0.5, 4).required()).isEqualTo(2);
        // 0.28 * 25 is 7.000000000000001 in binary floating point: still 7, not 8
        assertThat(CountersignQuorum.of(0.28, 25).required()).isEqualTo(7);
        assertThat(CountersignQuorum.of(0.28, 25).allowedRejections()).isEqualTo(18);
    }

    @Test
    void noSignersNeedNoAgreement() {
        assertThat(CountersignQuorum.of(1.0, 0).passedWith(0)).isTrue();
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> CountersignQuorum.of(0, 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("countersign-share");
        assertThatThrownBy(() -> CountersignQuorum.requireShare(1.5)).isInstanceOf(IllegalStateException.class);
    }
}
