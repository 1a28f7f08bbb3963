package org.spotcheck.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.security.SpotcheckUser;
import org.spotcheck.app.workflow.TaskCompletionService;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.PlanItemReason;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Throughput of the thin path (plan → approval → one spot-check → conforming → case and plan
 * closed) against bare Flowable with the same number of sequential user tasks, in the same JVM,
 * against the same database (reliability-security-performance.md, P0/P1 and A5/A7).
 *
 * <p>The thin path is replayed in-process through the Spring beans a request would reach after
 * the web layer: {@link PlanningApi} for drafting and submitting, {@link TaskCompletionService#complete}
 * for every user task, each call in its own transaction and under the Spring Security context of
 * the demo user who would make it. No HTTP, no filter chain, one client thread: the ratio it prints
 * is the cost of the module services, business tables and process shape over bare Flowable.
 *
 * <p>It prints figures; it does not assert any timing. It checks only that every lifecycle ended.
 * Run it with {@code -Pbenchmark} (Spring profiles {@code mysql,test}); {@code -Dbenchmark.n=…}
 * sets the measured lifecycles of each kind (default 20), {@code -Dbenchmark.warmup=…} the warm-up
 * lifecycles of each kind (default 3), {@code -Dbenchmark.order=blocks} runs all thin lifecycles and
 * then all bare ones instead of interleaving them. See docs/benchmark.md.
 */
@Tag("benchmark")
@SpringBootTest(classes = SpotcheckApplication.class)
@org.springframework.context.annotation.Import({StatementCounting.class, ShapeBaseline.class})
class ThinPathBenchmark {

    private static final String BARE_RESOURCE = "benchmark/bare-user-tasks.bpmn20.xml";
    private static final String BARE_KEY = "benchBareUserTasks";
    private static final String BARE_USER = "bench-user";

    private static final Actor PLANNER = authority("planner", Role.PLANNER);
    private static final Actor PLAN_REVIEWER = authority("plan-reviewer", Role.PLAN_REVIEWER);
    private static final Actor PLAN_APPROVER = authority("plan-approver", Role.PLAN_APPROVER);
    private static final Actor LAB1_TESTER = lab1("lab1-tester", Role.LAB_TESTER);
    private static final Actor LAB1_REVIEWER = lab1("lab1-reviewer", Role.LAB_REVIEWER);
    private static final Actor LAB1_APPROVER = lab1("lab1-approver", Role.LAB_APPROVER);

    /**
     * The user tasks of the thin path in order: plan-approval.bpmn20.xml, then spot-check.bpmn20.xml.
     * {@link #checkThin} checks the count against history.
     */
    private static final List<String> THIN_TASKS = List.of("reviewPlan", "approvePlan",
            "recordSampling", "confirmSampling", "receiveSample", "enterResults", "reviewReport", "approveReport");

    /** A 1×1 PNG: the photo of the signed paper form. */
    private static final byte[] SIGNED_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    private org.spotcheck.sampling.api.SamplingApi samplingApi;
    @Autowired
    private Plans plans;
    @Autowired
    private SpotCheckTasks spotCheckTasks;
    @Autowired
    private TaskCompletionService inbox;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;
    @Autowired
    private HistoryService history;
    @Autowired
    private ProcessEngineConfiguration engineConfiguration;
    @Autowired
    private DataSource dataSource;

    /** Makes seal numbers unique across runs on the same database. */
    private final String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private final java.util.concurrent.atomic.AtomicInteger sealCounter = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void thinPathVersusBareFlowable() throws Exception {
        int n = Integer.getInteger("benchmark.n", 20);
        int warmup = Integer.getInteger("benchmark.warmup", 3);
        assertThat(n).as("benchmark.n").isPositive();
        StatementCounting.measure();

        ProcessDefinition bare = deployBare();
        ShapeBaseline.deploy(repository);
        int bareTasks = (int) repository.getBpmnModel(bare.getId()).getMainProcess()
                .findFlowElementsOfType(UserTask.class).size();
        assertThat(bareTasks).as("user tasks of the bare process = user tasks of the thin path").isEqualTo(THIN_TASKS.size());

        String db = describeDatabase();

        // warm-up: JIT, MyBatis and Flowable caches, connection pool; checked but not measured
        for (int i = 0; i < warmup; i++) {
            checkThin(thinLifecycle(new Steps()));
            checkBare(bareLifecycle(new Steps()));
            checkShape(shapeLifecycle(new Steps()));
        }
        if (Boolean.getBoolean("benchmark.sql")) {
            logOneLifecycleOfEach();
        }

        // measured: interleaved (thin, bare, thin, bare, ...) by default, so that both paths see the same
        // background load and database growth; -Dbenchmark.order=blocks runs all thin, then all bare
        boolean blocks = "blocks".equalsIgnoreCase(System.getProperty("benchmark.order", "interleaved"));
        String loadBefore = loadAverage();
        Steps thinSteps = new Steps();
        Steps bareSteps = new Steps();
        Steps shapeSteps = new Steps();
        List<ThinRun> thinRuns = new ArrayList<>(n);
        List<String> bareRuns = new ArrayList<>(n);
        List<String> shapeRuns = new ArrayList<>(n);
        long[] thinNanos = new long[n];
        long[] bareNanos = new long[n];
        long[] shapeNanos = new long[n];
        long wallStart = System.nanoTime();
        if (blocks) {
            for (int i = 0; i < n; i++) {
                thinNanos[i] = timed(() -> thinRuns.add(thinLifecycle(thinSteps)));
            }
            for (int i = 0; i < n; i++) {
                bareNanos[i] = timed(() -> bareRuns.add(bareLifecycle(bareSteps)));
            }
            for (int i = 0; i < n; i++) {
                shapeNanos[i] = timed(() -> shapeRuns.add(shapeLifecycle(shapeSteps)));
            }
        } else {
            for (int i = 0; i < n; i++) {
                thinNanos[i] = timed(() -> thinRuns.add(thinLifecycle(thinSteps)));
                bareNanos[i] = timed(() -> bareRuns.add(bareLifecycle(bareSteps)));
                shapeNanos[i] = timed(() -> shapeRuns.add(shapeLifecycle(shapeSteps)));
            }
        }
        long wall = System.nanoTime() - wallStart;
        String loadAfter = loadAverage();
        long thinTotal = Arrays.stream(thinNanos).sum();
        long bareTotal = Arrays.stream(bareNanos).sum();
        long shapeTotal = Arrays.stream(shapeNanos).sum();

        // sanity only, after the clock: every lifecycle ended
        thinRuns.forEach(this::checkThin);
        bareRuns.forEach(this::checkBare);
        shapeRuns.forEach(this::checkShape);

        String setup = String.format("Warm-up        : %d lifecycles of each; measured: N = %d of each, %s; wall %.2f s%n"
                + "Load average   : %s before, %s after (1/5/15 min; other processes on the host skew the figures)%n",
                warmup, n, blocks ? "in blocks (all thin, then all bare)" : "interleaved thin/bare", wall / 1e9, loadBefore, loadAfter);
        String report = report(n, bareTasks, db, setup, thinTotal, thinNanos, thinSteps, bareTotal, bareNanos, bareSteps)
                + shapeReport(n, bareTasks, thinTotal, bareTotal, shapeTotal, shapeNanos, thinSteps, shapeSteps)
                + concurrent();
        System.out.println(report);
        write(report);
    }

    // ------------------------------------------------------------------ the thin path

    /** One lifecycle: draft, submit, 2 plan tasks, 5 spot-check tasks; the case and plan close. */
    private ThinRun thinLifecycle(Steps steps) {
        PlanView plan = steps.time("draftPlan", () -> as(PLANNER, () -> plans.draftPlan(PLANNER, new DraftPlanCommand(
                "抽查基准计划 " + runId, PlanKind.ANNUAL, 2026, "《产品质量法》第十五条",
                // an emergency item (R3): the benchmark re-checks the same demo enterprises, which the 6-month rule refuses
                List.of(new DraftPlanCommand.Item("PLASTIC_BAG", "320100", "LAB1", 1, 4, new BigDecimal("5000.00"),
                        PlanItemReason.HEALTH_SAFETY_RISK, null, null, null, true, null, null))))));
        steps.time("submitPlan", () -> as(PLANNER, () -> plans.submitPlan(PLANNER, plan.id(), null)));
        String planInstance = steps.time("(find plan instance)", () -> runtime.createProcessInstanceQuery()
                .processDefinitionKey("planApproval").processInstanceBusinessKey(plan.code()).singleResult().getId());

        steps.time("reviewPlan", () -> complete(PLAN_REVIEWER, planInstance, "reviewPlan", Map.of("decision", "APPROVE")));
        steps.time("approvePlan", () -> complete(PLAN_APPROVER, planInstance, "approvePlan", Map.of("decision", "APPROVE")));

        ProcessInstance spotCheck = steps.time("(find spot-check instance)",
                () -> runtime.createProcessInstanceQuery().superProcessInstanceId(planInstance).singleResult());
        assertThat(spotCheck).as("spot-check started by plan %s", plan.code()).isNotNull();
        String caseCode = spotCheck.getBusinessKey();
        int seal = sealCounter.incrementAndGet();
        String testSeal = "FT-" + runId + "-" + seal + "T";
        String backupSeal = "FT-" + runId + "-" + seal + "B";

        Map<String, Object> sampling = new LinkedHashMap<>();
        sampling.put("channel", "PRODUCTION");
        sampling.put("productName", "塑料购物袋");
        sampling.put("trademark", "绿洁");
        sampling.put("specification", "400×500mm/" + testSeal); // the same product key may not be sampled twice in 6 months
        sampling.put("productStandard", "GB/T 21661-2020");
        sampling.put("batchNumber", "20261101");
        sampling.put("stockOnHand", "2000个");
        sampling.put("testQuantity", 40);
        sampling.put("backupQuantity", 20);
        sampling.put("testSealNumber", testSeal);
        sampling.put("backupSealNumber", backupSeal);
        sampling.put("backupLocation", "ENTERPRISE");
        sampling.put("unitPrice", 0.5);
        sampling.put("amountPaid", 30);
        List<String> drawn = spotCheckTasks.getSpotCheckTask(Actor.SYSTEM, caseCode).samplerUsernames();
        sampling.put("samplers", drawn);
        Actor sampler = authority(drawn.get(0), Role.SAMPLER);
        steps.time("recordSampling", () -> complete(sampler, spotCheck.getId(), "recordSampling", sampling));

        Actor secondSampler = authority(drawn.get(1), Role.SAMPLER);
        long photo = steps.time("(upload signature photo)", () -> samplingApi.storeAttachment(secondSampler,
                new org.spotcheck.sampling.api.StoreAttachmentCommand(caseCode, "AUTH-320100", "n/a", "LAB1", "SIGNATURE",
                        "signed.png", "image/png", SIGNED_PNG)).id());
        steps.time("confirmSampling", () -> complete(secondSampler, spotCheck.getId(), "confirmSampling",
                Map.of("method", "PAPER", "signedByName", "王经理", "signaturePhotoId", photo)));

        steps.time("receiveSample", () -> complete(LAB1_TESTER, spotCheck.getId(), "receiveSample",
                Map.of("sampleCode", "YP-" + caseCode, "testSealNumber", testSeal, "sealIntact", true)));

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("PB-01", "符合");
        results.put("PB-02", "0.030");
        results.put("PB-03", "1.0");
        results.put("PB-04", "符合");
        results.put("PB-05", "符合");
        results.put("PB-06", "符合");
        results.put("PB-07", "7.0");
        results.put("PB-08", "9");
        results.put("PB-09", "符合");
        steps.time("enterResults", () -> complete(LAB1_TESTER, spotCheck.getId(), "enterResults", Map.of("results", results)));
        steps.time("reviewReport", () -> complete(LAB1_REVIEWER, spotCheck.getId(), "reviewReport", Map.of("decision", "APPROVE")));
        steps.time("approveReport", () -> complete(LAB1_APPROVER, spotCheck.getId(), "approveReport", Map.of("decision", "APPROVE")));
        return new ThinRun(plan.id(), plan.code(), planInstance, spotCheck.getId(), caseCode);
    }

    /** What the task page does: find the open task of the instance, then complete it through the inbox service. */
    private Void complete(Actor actor, String processInstanceId, String taskKey, Map<String, Object> form) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task %s of instance %s", taskKey, processInstanceId).isNotNull();
        as(actor, () -> {
            inbox.complete(actor, task.getId(), form);
            return null;
        });
        return null;
    }

    private void checkThin(ThinRun run) {
        HistoricProcessInstance spotCheck = history.createHistoricProcessInstanceQuery()
                .processInstanceId(run.spotCheckInstance()).singleResult();
        assertThat(spotCheck.getEndTime()).as("spot-check %s ended", run.caseCode()).isNotNull();
        assertThat(spotCheck.getEndActivityId()).as("spot-check %s closed as conforming", run.caseCode()).isEqualTo("caseClosed");
        HistoricProcessInstance approval = history.createHistoricProcessInstanceQuery()
                .processInstanceId(run.planInstance()).singleResult();
        assertThat(approval.getEndTime()).as("plan approval of %s ended", run.planCode()).isNotNull();
        assertThat(plans.getPlan(PLANNER, run.planId()).status()).as("plan %s", run.planCode()).isEqualTo(PlanStatus.CLOSED);
        long completed = history.createHistoricTaskInstanceQuery().processInstanceId(run.planInstance()).finished().count()
                + history.createHistoricTaskInstanceQuery().processInstanceId(run.spotCheckInstance()).finished().count();
        assertThat(completed).as("user tasks completed on the thin path of %s", run.planCode()).isEqualTo(THIN_TASKS.size());
    }

    // ------------------------------------------------------------------ bare Flowable

    private ProcessDefinition deployBare() {
        String deploymentId = repository.createDeployment().name("thin-path benchmark baseline")
                .addClasspathResource(BARE_RESOURCE).enableDuplicateFiltering().deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey(BARE_KEY).singleResult();
    }

    /** start → (TaskQuery → complete) × 8, as one fixed user, no business code. */
    private String bareLifecycle(Steps steps) {
        String instance = steps.time("start", () -> runtime.startProcessInstanceByKey(BARE_KEY, Map.of("benchUser", BARE_USER)).getId());
        for (int i = 0; i < THIN_TASKS.size(); i++) {
            steps.time("task" + (i + 1) + " (like " + THIN_TASKS.get(i) + ")", () -> {
                Task task = taskService.createTaskQuery().processInstanceId(instance).taskCandidateUser(BARE_USER).singleResult();
                assertThat(task).as("open task of bare instance %s", instance).isNotNull();
                taskService.complete(task.getId());
                return null;
            });
        }
        return instance;
    }

    private void checkBare(String instance) {
        HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        assertThat(done.getEndTime()).as("bare instance %s ended", instance).isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count())
                .as("user tasks completed in bare instance %s", instance).isEqualTo(THIN_TASKS.size());
    }

    // ------------------------------------------------------------------ shape-matched baseline

    /** The real BPMN with no-op delegates (ShapeBaseline): start + the same 8 user tasks. */
    private String shapeLifecycle(Steps steps) {
        return ShapeBaseline.lifecycle(runtime, taskService, (name, call) -> steps.time(name, call));
    }

    private void checkShape(String planInstance) {
        HistoricProcessInstance plan = history.createHistoricProcessInstanceQuery().processInstanceId(planInstance).singleResult();
        assertThat(plan.getEndTime()).as("shape plan instance %s ended", planInstance).isNotNull();
        HistoricProcessInstance spotCheck = history.createHistoricProcessInstanceQuery().superProcessInstanceId(planInstance).singleResult();
        assertThat(spotCheck.getEndActivityId()).as("shape spot-check of %s closed as conforming", planInstance).isEqualTo("caseClosed");
        long completed = history.createHistoricTaskInstanceQuery().processInstanceId(planInstance).finished().count()
                + history.createHistoricTaskInstanceQuery().processInstanceId(spotCheck.getId()).finished().count();
        assertThat(completed).as("user tasks completed in shape instance %s", planInstance).isEqualTo(THIN_TASKS.size());
    }

    private String shapeReport(int n, int tasks, long thinTotal, long bareTotal, long shapeTotal, long[] shapeNanos, Steps thinSteps,
            Steps shapeSteps) {
        double shapeRate = n / (shapeTotal / 1e9);
        StringBuilder out = new StringBuilder();
        out.append("Shape-matched baseline (the real planApproval + spotCheck BPMN, no-op delegates, TaskService.complete):\n");
        out.append(String.format("%-8s %5s %10s %14s %16s %10s %10s %10s%n", "path", "N", "total s", "lifecycles/s", "completions/s",
                "p50 ms", "p95 ms", "max ms"));
        out.append(row("shape", n, shapeTotal / 1e9, shapeRate, tasks, shapeNanos));
        out.append(String.format("Ratios (same run, interleaved): thin/shape %.1f %% (business code), shape/bare %.1f %% (process shape),"
                + " thin/bare %.1f %%%n", 100.0 * shapeTotal / thinTotal, 100.0 * bareTotal / shapeTotal, 100.0 * bareTotal / thinTotal));
        out.append(String.format("Statements per user-task completion: shape %.1f (thin %.1f)%n",
                shapeSteps.statementsPer(THIN_TASKS::contains), thinSteps.statementsPer(THIN_TASKS::contains)));
        out.append(shapeSteps.table("shape"));
        out.append("=".repeat(96)).append('\n');
        return out.toString();
    }

    /** -Dbenchmark.sql=true: the SQL of one lifecycle of each kind, per step, to target/benchmark/thin-path-sql.txt. */
    private void logOneLifecycleOfEach() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String kind : List.of("thin", "bare", "shape")) {
            List<String> sql = new ArrayList<>();
            Steps steps = new Steps();
            steps.sql = sql;
            switch (kind) {
                case "thin" -> thinLifecycle(steps);
                case "bare" -> bareLifecycle(steps);
                default -> shapeLifecycle(steps);
            }
            out.append("==== ").append(kind).append('\n');
            sql.forEach(line -> out.append(line).append('\n'));
        }
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("thin-path-sql.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ concurrency

    /**
     * The three paths at 1, 4 and 8 client threads (-Dbenchmark.threads), interleaved in rounds: each round runs a
     * batch of thin lifecycles on all threads, then bare, then shape (-Dbenchmark.concurrent.lifecycles per thread
     * per batch, -Dbenchmark.concurrent.rounds). Throughput is lifecycles ÷ the batches' wall time.
     */
    private String concurrent() throws Exception {
        String threadList = System.getProperty("benchmark.threads", "1,4,8");
        if (threadList.isBlank()) {
            return "";
        }
        int perThread = Integer.getInteger("benchmark.concurrent.lifecycles", 3);
        int rounds = Integer.getInteger("benchmark.concurrent.rounds", 2);
        StringBuilder out = new StringBuilder();
        out.append(String.format("Concurrency: %d rounds of (thin batch, bare batch, shape batch), %d lifecycles per thread per batch%n",
                rounds, perThread));
        out.append(String.format("%-8s %8s %12s %14s %16s %18s  %s%n", "threads", "path", "lifecycles", "lifecycles/s",
                "completions/s", "statements/lifec.", "load before/after"));
        for (String t : threadList.split(",")) {
            int threads = Integer.parseInt(t.trim());
            Map<String, long[]> acc = new LinkedHashMap<>(); // {nanos, lifecycles, statements}
            String loadBefore = loadAverage();
            List<ThinRun> thinRuns = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> bareRuns = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> shapeRuns = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int r = 0; r < rounds; r++) {
                batch(acc, "thin", threads, perThread, () -> thinRuns.add(thinLifecycle(new Steps())));
                batch(acc, "bare", threads, perThread, () -> bareRuns.add(bareLifecycle(new Steps())));
                batch(acc, "shape", threads, perThread, () -> shapeRuns.add(shapeLifecycle(new Steps())));
            }
            String loadAfter = loadAverage();
            thinRuns.forEach(this::checkThin);
            bareRuns.forEach(this::checkBare);
            shapeRuns.forEach(this::checkShape);
            double bareRate = 0;
            double shapeRate = 0;
            for (Map.Entry<String, long[]> e : acc.entrySet()) {
                long[] a = e.getValue();
                double rate = a[1] / (a[0] / 1e9);
                bareRate = e.getKey().equals("bare") ? rate : bareRate;
                shapeRate = e.getKey().equals("shape") ? rate : shapeRate;
                out.append(String.format("%-8d %8s %12d %14.1f %16.1f %18.1f  %s / %s%n", threads, e.getKey(), a[1], rate,
                        rate * THIN_TASKS.size(), (double) a[2] / a[1], loadBefore, loadAfter));
            }
            long[] thin = acc.get("thin");
            double thinRate = thin[1] / (thin[0] / 1e9);
            out.append(String.format("%-8d ratios: thin/bare %.1f %%, thin/shape %.1f %%, shape/bare %.1f %%%n", threads,
                    100 * thinRate / bareRate, 100 * thinRate / shapeRate, 100 * shapeRate / bareRate));
        }
        out.append("(statements/lifecycle: thin includes draftPlan and submitPlan; bare and shape include start)\n");
        out.append("=".repeat(96)).append('\n');
        return out.toString();
    }

    private static void batch(Map<String, long[]> acc, String kind, int threads, int perThread, Runnable lifecycle) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(threads);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    StatementCounting.measure();
                    try {
                        ready.countDown();
                        go.await();
                        for (int k = 0; k < perThread; k++) {
                            lifecycle.run();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        StatementCounting.done();
                    }
                    return null;
                }));
            }
            ready.await();
            long s0 = StatementCounting.count();
            long t0 = System.nanoTime();
            go.countDown();
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            long[] a = acc.computeIfAbsent(kind, k -> new long[3]);
            a[0] += System.nanoTime() - t0;
            a[1] += (long) threads * perThread;
            a[2] += StatementCounting.count() - s0;
        } finally {
            pool.shutdown();
        }
    }

    // ------------------------------------------------------------------ reporting

    private String describeDatabase() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            out.append(String.format("Database       : %s %s (driver %s %s)%n", meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), meta.getDriverName(), meta.getDriverVersion()));
            out.append(String.format("JDBC host/db   : %s%n", hostAndDatabase(meta.getURL())));
            out.append(String.format("Isolation      : %s%n", isolation(c.getTransactionIsolation())));
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin")) {
                if (r.next()) {
                    out.append(String.format("Durability     : innodb_flush_log_at_trx_commit=%s, sync_binlog=%s, log_bin=%s%n",
                            r.getString(1), r.getString(2), r.getString(3)));
                }
            } catch (SQLException notMysql) {
                out.append("Durability     : (not a MySQL-compatible server)\n");
            }
        }
        return out.toString();
    }

    /** Only scheme, host, port and database: never the query string (it may carry credentials). */
    static String hostAndDatabase(String url) {
        Matcher m = Pattern.compile("^jdbc:([a-z0-9]+)://([^/?;]*)/?([^?;]*)").matcher(url == null ? "" : url);
        if (m.find()) {
            String hosts = m.group(2).replaceAll("^[^@]*@", ""); // drop user:password@ if any
            return m.group(1) + "://" + hosts + "/" + m.group(3);
        }
        int cut = url == null ? -1 : url.indexOf('?');
        return url == null ? "?" : cut < 0 ? url.replaceAll(";.*", "") : url.substring(0, cut);
    }

    private static String isolation(int level) {
        return switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> "level " + level;
        };
    }

    private String report(int n, int tasks, String db, String setup, long thinTotal, long[] thinNanos, Steps thinSteps,
            long bareTotal, long[] bareNanos, Steps bareSteps) {
        double thinSec = thinTotal / 1e9;
        double bareSec = bareTotal / 1e9;
        double thinRate = n / thinSec;
        double bareRate = n / bareSec;
        StringBuilder out = new StringBuilder();
        String rule = "-".repeat(96) + "\n";
        out.append('\n').append("=".repeat(96)).append('\n');
        out.append("Spotcheck thin-path benchmark (in-process, 1 client thread, no HTTP)\n");
        out.append(rule);
        out.append(String.format("Date (UTC)     : %s%n", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        out.append(String.format("Host           : %d CPUs, Java %s (%s), max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20));
        out.append(db);
        out.append(String.format("Flowable       : history level %s, async executor %s%n", engineConfiguration.getHistoryLevel(),
                engineConfiguration.isAsyncExecutorActivate() ? "on" : "off"));
        out.append(String.format("Lifecycle      : thin = draftPlan + submitPlan + %d user-task completions (TaskCompletionService);%n", tasks));
        out.append(String.format("                 bare = start + %d × (TaskQuery + TaskService.complete), same user-task count%n", tasks));
        out.append(setup);
        out.append(rule);
        out.append(String.format("%-8s %5s %10s %14s %16s %10s %10s %10s%n",
                "path", "N", "total s", "lifecycles/s", "completions/s", "p50 ms", "p95 ms", "max ms"));
        out.append(row("thin", n, thinSec, thinRate, tasks, thinNanos));
        out.append(row("bare", n, bareSec, bareRate, tasks, bareNanos));
        out.append("(total s = sum of that path's measured lifecycle times; lifecycles/s = N / total s;\n"
                + " completions/s = lifecycles/s × user tasks per lifecycle; p50/p95/max per lifecycle)\n");
        out.append(rule);
        out.append(String.format("Ratio thin/bare: throughput %.1f %% (bare is %.2f× faster); p50 latency %.2f×%n",
                100 * thinRate / bareRate, bareRate / thinRate, percentile(thinNanos, 50) / percentile(bareNanos, 50)));
        out.append(rule);
        java.util.function.Predicate<String> thinCompletions = THIN_TASKS::contains;
        out.append(String.format("Statements per user-task completion (TaskQuery + complete, JDBC, client-side): thin %.1f, bare %.1f%n",
                thinSteps.statementsPer(thinCompletions), bareSteps.statementsPer(k -> k.startsWith("task"))));
        out.append(rule);
        out.append("Mean ms and statements per step (measured lifecycles)\n");
        out.append(thinSteps.table("thin")).append(bareSteps.table("bare"));
        out.append("=".repeat(96)).append('\n');
        return out.toString();
    }

    private static String row(String name, int n, double seconds, double rate, int tasks, long[] nanos) {
        return String.format("%-8s %5d %10.2f %14.1f %16.1f %10.1f %10.1f %10.1f%n", name, n, seconds, rate, rate * tasks,
                percentile(nanos, 50), percentile(nanos, 95), Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static long timed(Runnable lifecycle) {
        long t0 = System.nanoTime();
        lifecycle.run();
        return System.nanoTime() - t0;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException notLinux) {
            return "n/a";
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static void write(String report) {
        try {
            Path dir = Path.of("target", "benchmark");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("thin-path-benchmark.txt"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Runs the call as the given demo user, as the security filter chain would have set it up. */
    private static <T> T as(Actor actor, Supplier<T> call) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SpotcheckUser user = new SpotcheckUser(actor, actor.username(), "{noop}benchmark", true);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Actor authority(String username, Role role) {
        return new Actor(username, EnumSet.of(role), "AUTH-320100", OrgType.AUTHORITY, "320100");
    }

    private static Actor lab1(String username, Role role) {
        return new Actor(username, EnumSet.of(role), "LAB1", OrgType.LAB, "320100");
    }

    private record ThinRun(long planId, String planCode, String planInstance, String spotCheckInstance, String caseCode) {
    }

    /** Wall time per named step, summed over lifecycles. */
    private static final class Steps {
        private final Map<String, long[]> byStep = new LinkedHashMap<>(); // {total nanos, count, statements}
        /** When set, the SQL of each step is recorded here, under a line naming the step. */
        private List<String> sql;

        <T> T time(String step, Supplier<T> call) {
            long s0 = StatementCounting.count();
            long t0 = System.nanoTime();
            if (sql != null) {
                sql.add("---- " + step);
                StatementCounting.log(sql);
            }
            try {
                return call.get();
            } finally {
                StatementCounting.log(null);
                long[] acc = byStep.computeIfAbsent(step, k -> new long[3]);
                acc[0] += System.nanoTime() - t0;
                acc[1]++;
                acc[2] += StatementCounting.count() - s0;
            }
        }

        /** Mean statements per call over the steps whose name passes the filter. */
        double statementsPer(java.util.function.Predicate<String> steps) {
            long statements = 0;
            long calls = 0;
            for (Map.Entry<String, long[]> e : byStep.entrySet()) {
                if (steps.test(e.getKey())) {
                    statements += e.getValue()[2];
                    calls += e.getValue()[1];
                }
            }
            return calls == 0 ? 0 : (double) statements / calls;
        }

        String table(String path) {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, long[]> e : byStep.entrySet()) {
                long[] acc = e.getValue();
                out.append(String.format("  %-5s %-34s %8.2f ms %8.1f statements%n", path, e.getKey(), acc[0] / 1e6 / Math.max(1, acc[1]),
                        (double) acc[2] / Math.max(1, acc[1])));
            }
            return out.toString();
        }
    }
}
