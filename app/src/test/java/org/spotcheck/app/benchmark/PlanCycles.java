package org.spotcheck.app.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.spotcheck.app.e2e.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan cycle over HTTP (issue 14's table: "plan cycle over HTTP (draft, submit, review, approve), 8 clients"), as a
 * client does it with HTTP Basic and JSON: the planner drafts a one-item plan ({@link Api#planCommand}, an emergency item
 * so the 6-month rule never refuses the demo enterprises) and submits it; the section reviewer finds 科室审核 in his inbox
 * by business key and approves; the director finds 局领导批准 and approves, which issues the plan, draws the enterprise
 * and the samplers and starts the spot-check. Six requests per cycle. Clients start together (a latch) and each runs its
 * cycles one after the other; cycles/s = cycles ÷ the round's wall time. Rounds alternate between the servers given, so
 * each build sees the same load. A cycle that gets a non-2xx answer is counted as failed and not timed; nothing asserts
 * a time.
 */
final class PlanCycles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Consumer<String> out;

    PlanCycles(HttpClient http, Consumer<String> out) {
        this.http = http;
        this.out = out;
    }

    void measure(List<String> servers, int clients, int cycles, int rounds) throws Exception {
        // one unmeasured cycle per server first (class loading, caches)
        for (String server : servers) {
            cycle(server);
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < servers.size(); k++) {
                String server = servers.get(round % 2 == 0 ? k : servers.size() - 1 - k);
                round(server, clients, cycles, round);
            }
        }
    }

    /**
     * The per-request statement profile of one plan cycle on this JVM's server (-Dbenchmark.inbox.planSql): after one
     * unmeasured cycle, one cycle with every request's SQL recorded ({@link StatementCounting#requests}). Prints each
     * request's statements and commits and the statements it sent more than once with the same text; the SQL goes to
     * {@code target/benchmark/plan-cycle-sql.txt}.
     */
    void profile(String server) throws Exception {
        cycle(server);
        List<StatementCounting.RequestSql> requests = new ArrayList<>();
        StatementCounting.requests(requests);
        try {
            cycle(server);
        } finally {
            StatementCounting.requests(null);
        }
        StringBuilder sql = new StringBuilder();
        long statements = 0;
        long commits = 0;
        out.accept("plan cycle, statements per request on " + server + " (one cycle, after one unmeasured):");
        for (StatementCounting.RequestSql r : List.copyOf(requests)) {
            long c = r.commits();
            statements += r.sql().size() - c;
            commits += c;
            Map<String, Long> repeated = new java.util.TreeMap<>();
            r.sql().stream().filter(q -> !q.equals("COMMIT"))
                    .collect(java.util.stream.Collectors.groupingBy(q -> q, java.util.stream.Collectors.counting()))
                    .forEach((q, n) -> {
                        if (n > 1) {
                            repeated.put(q.length() > 110 ? q.substring(0, 110) + "…" : q, n);
                        }
                    });
            out.accept(String.format(Locale.ROOT, "  %-48s %4d statements %3d commits", r.request().replaceAll("/[0-9a-f-]{36}", "/{id}")
                    .replaceAll("/\\d+", "/{id}"), r.sql().size() - c, c));
            repeated.forEach((q, n) -> out.accept(String.format(Locale.ROOT, "      %dx %s", n, q)));
            sql.append("---- ").append(r.request()).append('\n');
            r.sql().forEach(q -> sql.append(q).append('\n'));
        }
        out.accept(String.format(Locale.ROOT, "  per cycle: %d requests, %d statements, %d commits", requests.size(), statements, commits));
        Path file = Path.of("target/benchmark/plan-cycle-sql.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql.toString(), StandardCharsets.UTF_8);
    }

    private void round(String server, int clients, int cycles, int round) throws Exception {
        String loadBefore = load();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < cycles; i++) {
                        long t0 = System.nanoTime();
                        try {
                            cycle(server);
                            micros.add((System.nanoTime() - t0) / 1000);
                        } catch (IllegalStateException e) {
                            failed.incrementAndGet();
                            errors.add(e.getMessage());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "plan-cycle-" + c);
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        out.accept(String.format(Locale.ROOT,
                "plan cycle %-24s round %d: %d clients x %d cycles, %d done, %d failed in %.1f s = %.2f cycles/s; cycle p50 %.0f ms p99 %.0f ms"
                        + " (load %s -> %s)",
                server, round + 1, clients, cycles, sorted.size(), failed.get(), wall, sorted.size() / wall,
                at(sorted, 50), at(sorted, 99), loadBefore, load()));
        errors.stream().limit(3).forEach(e -> out.accept("  failed: " + e));
    }

    /** One cycle: draft, submit, review (found in the inbox), approve (found in the inbox). */
    private void cycle(String server) throws InterruptedException {
        JsonNode drafted = send(server, "planner", "POST", "/api/plans",
                Api.planCommand("BENCH " + UUID.randomUUID(), "PLASTIC_BAG", "320100", "LAB1"), 201);
        long id = drafted.get("id").asLong();
        JsonNode submitted = send(server, "planner", "POST", "/api/plans/" + id + "/submit", null, 200);
        String code = submitted.get("code").asString();
        decide(server, "plan-reviewer", code, "reviewPlan");
        decide(server, "plan-approver", code, "approvePlan");
    }

    private void decide(String server, String user, String code, String taskKey) throws InterruptedException {
        JsonNode found = send(server, user, "GET", "/api/tasks?businessKey=" + code + "&taskKey=" + taskKey, null, 200);
        if (found.size() != 1) {
            throw new IllegalStateException(taskKey + " of " + code + ": " + found.size() + " tasks in the inbox of " + user);
        }
        send(server, user, "POST", "/api/tasks/" + found.get(0).get("id").asString() + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意"), 204);
    }

    private JsonNode send(String server, String user, String method, String path, Object body, int expected) throws InterruptedException {
        String json = body == null ? null : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(120))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e);
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        String text = response.body();
        return text == null || text.isBlank() ? null : JSON.readTree(text);
    }

    private static double at(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1000.0;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0];
        } catch (java.io.IOException | RuntimeException notLinux) {
            return "n/a";
        }
    }
}
