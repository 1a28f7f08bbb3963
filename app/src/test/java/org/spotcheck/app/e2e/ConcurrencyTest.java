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
import org.spotcheck.app.workflow.CompletionOverlap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concurrent conflicting actions: one wins, the others get 409, nothing is written twice. The two
 * requests are made to overlap inside their transactions ({@link CompletionOverlap}): both have read
 * the task as open before either writes, so the one-winner guard decides, not the timing of the machine.
 */
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
        try (CompletionOverlap overlap = CompletionOverlap.of(task, 2)) {
            CompletableFuture<Api.Response> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete(drawn.get(0), task, SpotCheckFlow.samplingForm("PLASTIC_BAG", "CA" + System.nanoTime(), drawn));
            }, pool);
            CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete(drawn.get(1), task, SpotCheckFlow.samplingForm("PLASTIC_BAG", "CB" + System.nanoTime(), drawn));
            }, pool);
            start.countDown();
            assertOneWinner(a.get(), b.get());
            assertThat(overlap.arrived()).as("both completions read the open task before either wrote").isEqualTo(2);
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
        try (CompletionOverlap overlap = CompletionOverlap.of(task, 2)) {
            CompletableFuture<Api.Response> approve = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete("plan-reviewer", task, Map.of("decision", "APPROVE"));
            }, pool);
            CompletableFuture<Api.Response> ret = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.complete("plan-reviewer", task, Map.of("decision", "RETURN", "comment", "退回"));
            }, pool);
            start.countDown();
            assertOneWinner(approve.get(), ret.get());
            assertThat(overlap.arrived()).as("both decisions read the open task before either wrote").isEqualTo(2);
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

    /**
     * One 204 and one 409, and the 409 is a write-time conflict (CONCURRENT_CHANGE): the loser had read
     * the task as open, so it was refused by the guard when it wrote, not by the read-time check
     * (ALREADY_COMPLETED) that a second request arriving after the first commit would meet.
     */
    private static void assertOneWinner(Api.Response first, Api.Response second) {
        assertThat(List.of(first.status(), second.status())).as(first.body() + " / " + second.body())
                .containsExactlyInAnyOrder(204, 409);
        Api.Response loser = first.status() == 409 ? first : second;
        assertThat(loser.rule()).as(loser.body()).isEqualTo("CONCURRENT_CHANGE");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
