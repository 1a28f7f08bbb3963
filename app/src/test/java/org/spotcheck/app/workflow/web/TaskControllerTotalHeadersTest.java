package org.spotcheck.app.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.InboxPage;
import org.springframework.http.HttpHeaders;

/**
 * The inbox's count header (issue 14, ADR 0014): the exact number in X-Total-Count while the count is exact; past the
 * count limit X-Total-Count is left out, because the limit is not the number of matching tasks, and
 * X-Total-Count-Exceeds carries the limit.
 */
class TaskControllerTotalHeadersTest {

    @Test
    void exactBelowTheLimitExceedsAboveIt() {
        HttpHeaders exact = TaskController.totalHeaders(new InboxPage(List.of(), 999, 0, 20));
        assertThat(exact.getFirst("X-Total-Count")).isEqualTo("999");
        assertThat(exact.containsHeader("X-Total-Count-Exceeds")).isFalse();

        HttpHeaders capped = TaskController.totalHeaders(new InboxPage(List.of(), 1000, 0, 20, true));
        assertThat(capped.containsHeader("X-Total-Count")).isFalse();
        assertThat(capped.getFirst("X-Total-Count-Exceeds")).isEqualTo("1000");
    }
}
