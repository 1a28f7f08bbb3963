package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 批量签收 over the API (issue 17.4): {@code POST /api/tasks/claim} claims each task in its own one-winner transaction
 * (ADR 0004) and answers the outcome of each, as a single claim would have: claimed, 409 already claimed, 404 not
 * found; 400 naming {@code taskIds} without ids or with too many.
 */
class TaskClaimApiTest extends SpotCheckE2e {

    private String colleague() {
        String user = "rev-" + Instant.now().toEpochMilli() % 10_000_000;
        transactions.executeWithoutResult(s -> {
            accounts.insert(user, passwords.encode(Api.PASSWORD), "同事 " + user, "AUTH-320100", "AUTHORITY", "320100", Instant.now());
            accounts.insertRole(user, "PLAN_REVIEWER");
            accounts.markDemo(user);
        });
        return user;
    }

    private String reviewTask() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        return api.taskId("plan-reviewer", code, "reviewPlan");
    }

    @Test
    void severalTasksAreClaimedEachWithItsOwnOutcome() {
        String taken = reviewTask();
        String free = reviewTask();
        String other = colleague();
        assertThat(api.post(other, "/api/tasks/" + taken + "/claim", Map.of()).status()).isEqualTo(200);

        Api.Response answer = api.post("plan-reviewer", "/api/tasks/claim", Map.of("taskIds", List.of(free, taken, "no-such-task", free)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("claimed").asInt()).isEqualTo(1);
        List<JsonNode> results = answer.json().get("results").valueStream().toList();
        assertThat(results).extracting(r -> r.get("taskId").asString()).containsExactly(free, taken, "no-such-task");
        assertThat(results).extracting(r -> r.get("outcome").asString()).containsExactly("CLAIMED", "ALREADY_CLAIMED", "NOT_FOUND");
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(200, 409, 404);
        assertThat(results.get(0).get("task").get("assignee").asString()).isEqualTo("plan-reviewer");
        assertThat(results.get(1).get("rule").asString()).isEqualTo("ALREADY_CLAIMED");
        assertThat(results.get(1).get("holder").asString()).isEqualTo(other);
        assertThat(results.get(1).get("detail").asString()).isEqualTo("任务已被 同事 " + other + " 签收");
        assertThat(results.get(2).get("rule").asString()).isEqualTo("NOT_FOUND");
        assertThat(results.get(2).get("detail").asString()).isEqualTo("该任务不存在、已办结，或不归您签收");
        assertThat(api.get("plan-reviewer", "/api/tasks/" + free).json().get("task").get("assignee").asString()).isEqualTo("plan-reviewer");
        assertThat(api.get(other, "/api/tasks/" + taken).json().get("task").get("assignee").asString()).isEqualTo(other);
        // claiming one's own task again is no loss
        Api.Response again = api.post("plan-reviewer", "/api/tasks/claim", Map.of("taskIds", List.of(free)));
        assertThat(again.json().get("results").get(0).get("outcome").asString()).isEqualTo("CLAIMED");
    }

    @Test
    void anEmptyOrTooLongListIsRefusedNamingTheField() {
        Api.Response empty = api.post("plan-reviewer", "/api/tasks/claim", Map.of("taskIds", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"rule\":\"REQUIRED\"").contains("\"field\":\"taskIds\"").contains("请选择要签收的任务");
        List<String> many = IntStream.range(0, 51).mapToObj(i -> "t" + i).toList();
        Api.Response tooMany = api.post("plan-reviewer", "/api/tasks/claim", Map.of("taskIds", many));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"rule\":\"TOO_MANY\"").contains("\"field\":\"taskIds\"").contains("一次最多签收 50 项任务");
    }

    /**
     * Two reviewers claim the same three tasks at the same moment (both requests wait on one latch): whatever the
     * interleaving, each task ends with exactly one of them, who was told CLAIMED, and the other was told
     * ALREADY_CLAIMED naming him.
     */
    @Test
    void twoUsersClaimingTheSameTasksAtOnceGetOneWinnerPerTask() throws Exception {
        List<String> ids = List.of(reviewTask(), reviewTask(), reviewTask());
        String other = colleague();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
        try {
            for (String user : List.of("plan-reviewer", other)) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return api.post(user, "/api/tasks/claim", Map.of("taskIds", ids));
                }, pool));
            }
            start.countDown();
            JsonNode mine = answers.get(0).get().json();
            JsonNode theirs = answers.get(1).get().json();
            assertThat(mine.get("claimed").asInt() + theirs.get("claimed").asInt()).isEqualTo(3);
            for (int i = 0; i < ids.size(); i++) {
                JsonNode a = mine.get("results").get(i);
                JsonNode b = theirs.get("results").get(i);
                assertThat(List.of(a.get("outcome").asString(), b.get("outcome").asString()))
                        .containsExactlyInAnyOrder("CLAIMED", "ALREADY_CLAIMED");
                String winner = "CLAIMED".equals(a.get("outcome").asString()) ? "plan-reviewer" : other;
                JsonNode loser = "CLAIMED".equals(a.get("outcome").asString()) ? b : a;
                assertThat(loser.get("holder").asString()).isEqualTo(winner);
                assertThat(api.get(winner, "/api/tasks/" + ids.get(i)).json().get("task").get("assignee").asString()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
