package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * ADR 0023: a request that waits for a row lock longer than the lock wait timeout is answered 503 LOCK_WAIT_TIMEOUT
 * with Retry-After, not 409 CONCURRENT_CHANGE (which the offline field app takes as final), and nothing of it is kept:
 * the same request sent again once the row is free succeeds. The timeout is the one property of both databases
 * ({@code spotcheck.database.lock-wait-timeout-seconds}; H2's LOCK_TIMEOUT, MariaDB's session innodb_lock_wait_timeout),
 * set to 1 s here. The row is the sampling step's task row, which a completion locks first (StepLocks, ADR 0004); the
 * test holds it in its own transaction until the completion has answered: no scheduler, the wait ends by the database's
 * own timeout. On H2 and on MariaDB (-Pmysql).
 */
@TestPropertySource(properties = "spotcheck.database.lock-wait-timeout-seconds=1")
class LockWaitTimeoutAnswerTest extends SpotCheckE2e {

    @Autowired
    DataSource dataSource;

    @Test
    void aCompletionThatWaitsOutAHeldStepIsAnsweredRetryableAndSucceedsWhenSentAgain() throws Exception {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> samplers = flow.samplers(caseCode);
        String sampler = samplers.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        assertThat(task).isNotNull();
        Map<String, Object> form = SpotCheckFlow.samplingForm("PLASTIC_BAG", "LT" + System.nanoTime() % 100_000_000, samplers);

        HttpResponse<String> waited;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ? FOR UPDATE")) {
                lock.setString(1, task);
                try (ResultSet row = lock.executeQuery()) {
                    assertThat(row.next()).as("the test holds the step's row").isTrue();
                }
            }
            try {
                waited = api.postWithHeaders(sampler, "/api/tasks/" + task + "/complete", form, Map.of("Accept", "application/json"));
            } finally {
                holder.rollback();
                holder.setAutoCommit(true);
            }
        }
        assertThat(waited.statusCode()).as(waited.body()).isEqualTo(503);
        assertThat(waited.headers().firstValue("Retry-After")).contains("5");
        assertThat(waited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Api.parse(waited.body()).get("rule").asString()).isEqualTo("LOCK_WAIT_TIMEOUT");
        assertThat(Api.parse(waited.body()).get("detail").asString()).isEqualTo("该记录正被另一项操作占用，请几秒后重试");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Long.class, caseCode))
                .as("nothing of the request that waited is kept").isZero();

        Api.Response again = api.complete(sampler, task, form);
        assertThat(again.status()).as(again.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Long.class, caseCode)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT completed_by FROM sys_task_completion WHERE task_id = ?", String.class, task))
                .isEqualTo(sampler);
    }
}
