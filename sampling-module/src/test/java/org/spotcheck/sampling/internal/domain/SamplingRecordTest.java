package org.spotcheck.sampling.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.ConflictException;

/** The sealed sampling record: plain JUnit, no Spring. */
class SamplingRecordTest {

    @Test
    void aSealedRecordIsInTransitAndUnconfirmed() {
        SamplingRecord record = SamplingRecord.seal(List.of("s1", "s2"));
        assertThat(record.status()).isEqualTo(SamplingRecord.Status.IN_TRANSIT);
        assertThat(record.confirmed()).isFalse();
    }

    @Test
    void theLabReceivesOrRejectsOnceWhileInTransit() {
        SamplingRecord accepted = SamplingRecord.seal(List.of("s1", "s2"));
        assertThat(accepted.receive(true)).isEqualTo(SamplingRecord.Status.RECEIVED);
        assertThatThrownBy(() -> accepted.receive(false)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).rule()).isEqualTo("NOT_IN_TRANSIT");
        assertThat(accepted.status()).isEqualTo(SamplingRecord.Status.RECEIVED);

        SamplingRecord rejected = SamplingRecord.seal(List.of("s1", "s2"));
        assertThat(rejected.receive(false)).isEqualTo(SamplingRecord.Status.REJECTED_AT_RECEIPT);
        assertThatThrownBy(() -> rejected.receive(true)).isInstanceOf(ConflictException.class);
        assertThat(rejected.status()).isEqualTo(SamplingRecord.Status.REJECTED_AT_RECEIPT);
    }

    @Test
    void nothingGoesBackInTransit() {
        for (SamplingRecord.Status from : SamplingRecord.Status.values()) {
            assertThat(from.canBecome(SamplingRecord.Status.IN_TRANSIT)).as(from.name()).isFalse();
        }
        assertThat(SamplingRecord.Status.RECEIVED.canBecome(SamplingRecord.Status.REJECTED_AT_RECEIPT)).isFalse();
    }

    @Test
    void theFormIsConfirmedOnce() {
        SamplingRecord record = SamplingRecord.of(SamplingRecord.Status.RECEIVED, false, List.of("s1", "s2"));
        record.confirm();
        assertThat(record.confirmed()).isTrue();
        assertThatThrownBy(record::confirm).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).rule()).isEqualTo("ALREADY_CONFIRMED");
    }

    @Test
    void theSamplersAreFixedAtSealing() {
        List<String> given = new ArrayList<>(List.of("s1", "s2"));
        SamplingRecord record = SamplingRecord.seal(given);
        given.add("s3");
        assertThat(record.sampledBy("s1")).isTrue();
        assertThat(record.sampledBy("s3")).isFalse();
        assertThatThrownBy(() -> record.samplers().add("s4")).isInstanceOf(UnsupportedOperationException.class);
    }
}
