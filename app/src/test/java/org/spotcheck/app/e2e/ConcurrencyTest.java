package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Concurrent conflicting actions: one wins, the others get 409, nothing is written twice. */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrencyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completingOneTaskTwiceAtOnceGivesOneSuccessAndOne409() throws Exception {
        Api api = new Api(port);
        SpotCheckFlow flow = new SpotCheckFlow(api);
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String task = api.taskId(drawn.get(0), caseCode, "recordSampling");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete(drawn.get(0), task, SpotCheckFlow.samplingForm("CA" + System.nanoTime(), drawn)).status();
            }, pool);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete(drawn.get(1), task, SpotCheckFlow.samplingForm("CB" + System.nanoTime(), drawn)).status();
            }, pool);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Integer.class, caseCode)).isEqualTo(1);
        assertThat(api.taskId(drawn.get(1), caseCode, "confirmSampling")).isNotNull();
        // and afterwards: a late second completion is a conflict, not a missing record
        assertThat(api.complete(drawn.get(0), task, Map.of()).status()).isEqualTo(409);
    }

    @Test
    void twoReviewersDecidingTheSamePlanAtOnceGiveOneSuccessAndOne409() throws Exception {
        Api api = new Api(port);
        SpotCheckFlow flow = new SpotCheckFlow(api);
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            CompletableFuture<Integer> approve = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete("plan-reviewer", task, Map.of("decision", "APPROVE")).status();
            }, pool);
            CompletableFuture<Integer> ret = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete("plan-reviewer", task, Map.of("decision", "RETURN", "comment", "退回")).status();
            }, pool);
            start.countDown();
            assertThat(List.of(approve.get(), ret.get())).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdownNow();
        }
        String status = jdbc.queryForObject("SELECT status FROM pln_plan WHERE code = ?", String.class, code);
        boolean approved = "REVIEWED".equals(status);
        assertThat(status).isIn("REVIEWED", "RETURNED");
        // the process followed the winner, not the loser
        assertThat(api.taskId(approved ? "plan-approver" : "planner", code, approved ? "approvePlan" : "revisePlan")).isNotNull();
        assertThat(api.taskId(approved ? "planner" : "plan-approver", code, approved ? "revisePlan" : "approvePlan")).isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
