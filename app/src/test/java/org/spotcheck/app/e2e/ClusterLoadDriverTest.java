package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code scripts/cluster-test} judges a case that did not finish (issue 15): lost (no answer from the app,
 * allowed only where a node was killed, at most one a worker) or failed (the app answered with an error; never
 * allowed). Before this, every unfinished case was "interrupted" and none failed the run, so a case ended by a
 * 500 (as the deadlock in ADR 0015's run 3) passed.
 */
class ClusterLoadDriverTest {

    @TempDir
    Path dir;

    @Test
    void aCaseIsLostOnlyWhenNoAnswerCameFromTheApp() {
        assertThat(ClusterLoadDriver.noAnswer(new IllegalStateException(new IOException("header parser received no bytes")), 200)).isTrue();
        assertThat(ClusterLoadDriver.noAnswer(new IllegalStateException(new HttpTimeoutException("request timed out")), 0)).isTrue();
        assertThat(ClusterLoadDriver.noAnswer(new AssertionError("expected 204 but was 502"), 502)).isTrue();
        assertThat(ClusterLoadDriver.noAnswer(new AssertionError("expected 204 but was 500"), 500)).isFalse();
        assertThat(ClusterLoadDriver.noAnswer(new AssertionError("approveReport in the inbox of lab1-approver"), 200)).isFalse();
        assertThat(ClusterLoadDriver.noAnswer(new IllegalStateException("LIMS 500"), 500)).isFalse();
    }

    @Test
    void aPhaseFailsOnAnyFailedCaseAndOnMoreLostCasesThanItMayLose() throws IOException {
        Path out = Files.write(dir.resolve("failover.txt"), List.of("CASE OK ND-1", "CASE LOST - at plan: no bytes",
                "CASE LOST ND-2 at approval: no bytes"));
        List<String> failures = new ArrayList<>();
        assertThat(ClusterLoadDriver.phase(out + ":2", failures)).hasSize(3);
        assertThat(failures).isEmpty();

        ClusterLoadDriver.phase(out + ":1", failures);
        assertThat(failures).singleElement().asString().contains("2 cases lost", "at most 1");

        failures.clear();
        ClusterLoadDriver.phase(out.toString(), failures); // a phase without a kill may lose none
        assertThat(failures).singleElement().asString().contains("at most 0");

        Path one = Files.write(dir.resolve("one.txt"), List.of("CASE OK ND-3", "CASE FAILED ND-4 at approval: expected 204 but was 500"));
        failures.clear();
        ClusterLoadDriver.phase(one + ":4", failures);
        assertThat(failures).singleElement().asString().contains("CASE FAILED ND-4");
    }
}
