package org.spotcheck.app.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.workflow.InboxEntryMapper;
import org.spotcheck.app.workflow.InboxQuery;
import org.spotcheck.app.workflow.TaskInboxMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inbox at scale (issue 14.3): seeds open user tasks and history rows straight into the engine's
 * tables in JDBC batches, then measures {@code GET /api/tasks} over HTTP (real security, real JSON)
 * for a heavy user (a lab tester whose group holds a tenth of all open tasks), the same with a product
 * filter, a light user with 3 tasks, and the statistics API, printing p50/p95/p99.
 *
 * <p>The bulk path is faithful to what the engine writes for an open user task of {@code spotCheck}
 * waiting at a lab step: one process-instance row in {@code ACT_RU_EXECUTION} (with its business key),
 * one row in {@code ACT_RU_TASK} (key, name, priority, create and due time, the instance and the
 * deployed definition), one {@code candidate} group link in {@code ACT_RU_IDENTITYLINK} and the
 * read model's row in {@code sys_task_info}; then the per-candidate read model {@code sys_inbox_entry} is filled
 * for all of them with the application's own statement ({@code InboxEntryMapper.record}); history is {@code ACT_HI_PROCINST}, {@code ACT_HI_TASKINST}
 * and {@code ACT_HI_ACTINST} rows of ended instances. It writes no variables, jobs or child executions,
 * which the inbox does not read. Going through the engine's API instead would cost about 25 statements
 * per task (a lifecycle per task) and hours at 100,000 tasks on the shared 2-core machine.
 *
 * <p>Options ({@code -D}): {@code benchmark.inbox.tasks} (default 100000), {@code benchmark.inbox.history}
 * (history rows, default 5000000), {@code benchmark.inbox.requests} (requests per measured kind, default
 * 100), {@code benchmark.inbox.seed} ({@code false}: measure a database an earlier run seeded), {@code benchmark.inbox.sql}
 * ({@code false} skips the SQL comparison), {@code benchmark.inbox.baseline} (the address of another build's server on the
 * same database, e.g. {@code http://localhost:8112}: every HTTP figure is then measured on both, interleaved),
 * {@code benchmark.inbox.planClients} / {@code planCycles} / {@code planRounds} (the plan cycle over HTTP, {@link PlanCycles};
 * cycles 0 skips it), {@code benchmark.inbox.planSql} ({@code true}: first the statements and commits of each request of one
 * plan cycle on this build, {@link PlanCycles#profile}). Before the HTTP figures it runs the previous inbox statements ({@link PreviousInboxSql}) and today's
 * read-model statements in this JVM, interleaved, and checks they agree. Run with {@code -Pbenchmark -Dtest=InboxBenchmark}; it asserts nothing about time.
 */
@Tag("benchmark")
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(StatementCounting.class)
class InboxBenchmark {

    private static final String PASSWORD = "Spotcheck-Demo-1";
    private static final String[] STEPS = {"receiveSample", "enterResults", "reviewReport", "approveReport"};
    private static final String[] ROLES = {"LAB_TESTER", "LAB_TESTER", "LAB_REVIEWER", "LAB_APPROVER"};
    private static final int BATCH = 1000;
    /** Ended instances written through JDBC before the server doubles them (see {@link #seedHistory}). */
    private static final long HISTORY_SEED = 12_000;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    RepositoryService repository;

    @Autowired
    InboxEntryMapper entries;

    @Autowired
    org.apache.ibatis.session.SqlSessionFactory mybatis;

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringBuilder report = new StringBuilder();

    @Test
    void inboxAtScale() throws Exception {
        int tasks = Integer.getInteger("benchmark.inbox.tasks", 100_000);
        long historyRows = Long.getLong("benchmark.inbox.history", 5_000_000L);
        int requests = Integer.getInteger("benchmark.inbox.requests", 100);
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("spotCheck").latestVersion().singleResult().getId();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

        if (Boolean.parseBoolean(System.getProperty("benchmark.inbox.seed", "true"))) {
            long t0 = System.nanoTime();
            seedOpenTasks(definition, run, tasks);
            long t1 = System.nanoTime();
            long historySeeded = seedHistory(definition, run, historyRows);
            long t2 = System.nanoTime();
            // the per-candidate read model of the seeded tasks, with the statement the application fills it with
            int entryRows = entries.record(null);
            long t3 = System.nanoTime();
            line("seeded %,d open tasks in %.1f s, %,d history rows in %.1f s (JDBC batches of %d, history doubled in the server),"
                    + " %,d read-model rows in %.1f s (one INSERT ... SELECT); load %s",
                    tasks, (t1 - t0) / 1e9, historySeeded, (t2 - t1) / 1e9, BATCH, entryRows, (t3 - t2) / 1e9, loadAverage());
        } else {
            // -Dbenchmark.inbox.seed=false: measure a database seeded by an earlier run (same sizes), seed nothing
            line("reusing the seeded database: %s open tasks, %s history task rows; load %s", rows("ACT_RU_TASK"), rows("ACT_HI_TASKINST"),
                    loadAverage());
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "ANALYZE TABLE ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_EXECUTION, sys_task_info, sys_inbox_entry")) {
            s.execute();
        } catch (java.sql.SQLException e) {
            line("ANALYZE TABLE skipped: %s", e.getMessage());
        }
        line("open tasks visible: lab1-tester %s, lab2-tester %s", total("lab1-tester", "/api/tasks?size=1"),
                total("lab2-tester", "/api/tasks?size=1"));

        if (Boolean.parseBoolean(System.getProperty("benchmark.inbox.sql", "true"))) {
            compare("heavy: lab1-tester first page", "lab1-tester", "LAB_TESTER:LAB1", null, "created", "desc", 0, requests);
            compare("heavy: lab1-tester ?product=PB-BENCH-7", "lab1-tester", "LAB_TESTER:LAB1", "PB-BENCH-7", "created", "desc", 0, requests);
            compare("heavy: lab1-tester ?sort=due&dir=asc&page=50", "lab1-tester", "LAB_TESTER:LAB1", null, "due", "asc", 50, requests);
            compare("light: lab2-tester first page", "lab2-tester", "LAB_TESTER:LAB2", null, "created", "desc", 0, requests);
        }

        String baseline = System.getProperty("benchmark.inbox.baseline", "");
        List<String> servers = new ArrayList<>();
        if (!baseline.isBlank()) {
            servers.add(baseline.strip()); // another build on the same database: measured interleaved with this one
            awaitUp(baseline.strip());
        }
        servers.add("http://localhost:" + port);
        line("servers: %s (this build last)", servers);
        // -Dbenchmark.inbox.kinds: which requests (default all): heavy, product, deep, light, statistics
        List<String> kinds = List.of(System.getProperty("benchmark.inbox.kinds", "heavy,product,deep,light,statistics").split(","));
        if (kinds.contains("heavy")) {
            measure("heavy: lab1-tester GET /api/tasks?size=20", "lab1-tester", "/api/tasks?size=20", requests, servers);
        }
        if (kinds.contains("product")) {
            measure("heavy: lab1-tester ?product=PB-BENCH-7&size=20", "lab1-tester", "/api/tasks?size=20&product=PB-BENCH-7", requests, servers);
        }
        if (kinds.contains("deep")) {
            measure("heavy: lab1-tester ?sort=due&dir=asc&page=50", "lab1-tester", "/api/tasks?size=20&sort=due&dir=asc&page=50", requests, servers);
        }
        if (kinds.contains("light")) {
            measure("light: lab2-tester GET /api/tasks", "lab2-tester", "/api/tasks", requests, servers);
        }
        if (kinds.contains("statistics")) {
            measure("statistics: officer GET /api/disposal/statistics", "officer", "/api/disposal/statistics", requests, servers);
        }

        int planClients = Integer.getInteger("benchmark.inbox.planClients", 8);
        int planCycles = Integer.getInteger("benchmark.inbox.planCycles", 5);
        int planRounds = Integer.getInteger("benchmark.inbox.planRounds", 2);
        if (Boolean.getBoolean("benchmark.inbox.planSql")) {
            new PlanCycles(http, line -> line("%s", line)).profile("http://localhost:" + port);
        }
        if (planCycles > 0) {
            new PlanCycles(http, line -> line("%s", line)).measure(servers, planClients, planCycles, planRounds);
        }

        Path out = Path.of("target/benchmark/inbox-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    private void seedOpenTasks(String definition, String run, int tasks) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement exec = c.prepareStatement("INSERT INTO ACT_RU_EXECUTION (ID_, REV_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,"
                    + " IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, IS_MI_ROOT_, SUSPENSION_STATE_, START_TIME_, ROOT_PROC_INST_ID_, TENANT_ID_)"
                    + " VALUES (?, 1, ?, ?, ?, 1, 0, 1, 0, 0, 1, ?, ?, '')");
                    PreparedStatement task = c.prepareStatement("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_,"
                            + " TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TENANT_ID_) VALUES (?, 1, ?, ?, ?, ?, ?, 50, ?, ?, 1, '')");
                    PreparedStatement link = c.prepareStatement("INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) VALUES (?, 1, ?, 'candidate', ?)");
                    PreparedStatement info = c.prepareStatement("INSERT INTO sys_task_info (process_instance_id, product_code, region_code, created_at) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < tasks; i++) {
                    String instance = UUID.randomUUID().toString();
                    String taskId = UUID.randomUUID().toString();
                    int step = i % STEPS.length;
                    // a tenth of all tasks for LAB1 (the heavy user's lab), 3 for LAB2 (the light user), the rest over 500 labs
                    String lab = i % 10 == 0 ? "LAB1" : i < 4 * 3 && i % 4 == 1 ? "LAB2" : "BLAB" + (i % 500);
                    String group = lab.equals("LAB1") ? "LAB_TESTER:LAB1" : ROLES[step] + ":" + lab;
                    Timestamp created = Timestamp.from(now.minusSeconds(i * 37L % 8_000_000L));
                    exec.setString(1, instance);
                    exec.setString(2, instance);
                    exec.setString(3, "BENCH-" + run + "-" + i);
                    exec.setString(4, definition);
                    exec.setTimestamp(5, created);
                    exec.setString(6, instance);
                    exec.addBatch();
                    task.setString(1, taskId);
                    task.setString(2, instance);
                    task.setString(3, instance);
                    task.setString(4, definition);
                    task.setString(5, "bench " + STEPS[step]);
                    task.setString(6, STEPS[step]);
                    task.setTimestamp(7, created);
                    task.setTimestamp(8, step == 0 ? null : Timestamp.from(created.toInstant().plus(20, ChronoUnit.DAYS)));
                    task.addBatch();
                    link.setString(1, UUID.randomUUID().toString());
                    link.setString(2, group);
                    link.setString(3, taskId);
                    link.addBatch();
                    info.setString(1, instance);
                    info.setString(2, "PB-BENCH-" + (i % 40));
                    info.setString(3, "3201" + String.format("%02d", i % 13));
                    info.setTimestamp(4, created);
                    info.addBatch();
                    if ((i + 1) % BATCH == 0 || i == tasks - 1) {
                        exec.executeBatch();
                        task.executeBatch();
                        link.executeBatch();
                        info.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /**
     * History of ended instances: per instance one ACT_HI_PROCINST row, 8 task and 12 activity rows (21 rows).
     * At most {@value #HISTORY_SEED} instances go in through JDBC batches; the rest is made in the server by
     * doubling them ({@code INSERT … SELECT} with a suffix on every id), which is 10× faster than the client
     * path on this machine. The copies are rows of the same shape and the same definition, with new ids.
     */
    private long seedHistory(String definition, String run, long rows) throws Exception {
        long instances = rows / 21;
        int doublings = 0;
        while ((instances + (1L << doublings) - 1) >> doublings > HISTORY_SEED) {
            doublings++;
        }
        long seed = (instances + (1L << doublings) - 1) >> doublings;
        Instant start = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement proc = c.prepareStatement("INSERT INTO ACT_HI_PROCINST (ID_, REV_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,"
                    + " START_TIME_, END_TIME_, DURATION_, TENANT_ID_) VALUES (?, 1, ?, ?, ?, ?, ?, 1000, '')");
                    PreparedStatement task = c.prepareStatement("INSERT INTO ACT_HI_TASKINST (ID_, REV_, PROC_DEF_ID_, TASK_DEF_KEY_, PROC_INST_ID_,"
                            + " EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, PRIORITY_, TENANT_ID_, LAST_UPDATED_TIME_, CATEGORY_)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 1000, 50, '', ?, ?)");
                    PreparedStatement act = c.prepareStatement("INSERT INTO ACT_HI_ACTINST (ID_, REV_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_,"
                            + " ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, TENANT_ID_, ACT_NAME_) VALUES (?, 1, ?, ?, ?, ?, 'userTask', ?, ?, 1000, '', ?)")) {
                for (long i = 0; i < seed; i++) {
                    String instance = UUID.randomUUID().toString();
                    Timestamp began = Timestamp.from(start.plusSeconds(i * 7));
                    proc.setString(1, instance);
                    proc.setString(2, instance);
                    proc.setString(3, "HIST-" + run + "-" + i);
                    proc.setString(4, definition);
                    proc.setTimestamp(5, began);
                    proc.setTimestamp(6, began);
                    proc.addBatch();
                    for (int k = 0; k < 8; k++) {
                        task.setString(1, UUID.randomUUID().toString());
                        task.setString(2, definition);
                        task.setString(3, STEPS[k % 4]);
                        task.setString(4, instance);
                        task.setString(5, instance);
                        task.setString(6, "bench " + STEPS[k % 4]);
                        task.setString(7, k % 10 == 0 ? "lab1-tester" : "bench-user-" + (i % 300));
                        task.setTimestamp(8, began);
                        task.setTimestamp(9, began);
                        task.setTimestamp(10, began);
                        task.setString(11, "HIST-" + run);
                        task.addBatch();
                    }
                    for (int k = 0; k < 12; k++) {
                        act.setString(1, UUID.randomUUID().toString());
                        act.setString(2, definition);
                        act.setString(3, instance);
                        act.setString(4, instance);
                        act.setString(5, "act" + k);
                        act.setTimestamp(6, began);
                        act.setTimestamp(7, began);
                        act.setString(8, "HIST-" + run);
                        act.addBatch();
                    }
                    if ((i + 1) % 200 == 0 || i == seed - 1) {
                        proc.executeBatch();
                        task.executeBatch();
                        act.executeBatch();
                        c.commit();
                    }
                }
            }
            c.setAutoCommit(true);
            // each round copies every row of this run once, with the round's letter appended to every id (36 + 1 per round ≤ 64)
            for (int round = 0; round < doublings; round++) {
                String x = "'" + (char) ('a' + round) + "'";
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO ACT_HI_PROCINST (ID_, REV_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, TENANT_ID_)"
                            + " SELECT CONCAT(ID_, " + x + "), 1, CONCAT(PROC_INST_ID_, " + x + "), CONCAT(BUSINESS_KEY_, " + x + "), PROC_DEF_ID_,"
                            + " START_TIME_, END_TIME_, DURATION_, TENANT_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE 'HIST-" + run + "-%'");
                    s.executeUpdate("INSERT INTO ACT_HI_TASKINST (ID_, REV_, PROC_DEF_ID_, TASK_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_,"
                            + " START_TIME_, END_TIME_, DURATION_, PRIORITY_, TENANT_ID_, LAST_UPDATED_TIME_, CATEGORY_)"
                            + " SELECT CONCAT(ID_, " + x + "), 1, PROC_DEF_ID_, TASK_DEF_KEY_, CONCAT(PROC_INST_ID_, " + x + "), CONCAT(EXECUTION_ID_, " + x + "),"
                            + " NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, PRIORITY_, TENANT_ID_, LAST_UPDATED_TIME_, CATEGORY_"
                            + " FROM ACT_HI_TASKINST WHERE CATEGORY_ = 'HIST-" + run + "'");
                    s.executeUpdate("INSERT INTO ACT_HI_ACTINST (ID_, REV_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_TYPE_, START_TIME_,"
                            + " END_TIME_, DURATION_, TENANT_ID_, ACT_NAME_) SELECT CONCAT(ID_, " + x + "), 1, PROC_DEF_ID_, CONCAT(PROC_INST_ID_, " + x + "),"
                            + " CONCAT(EXECUTION_ID_, " + x + "), ACT_ID_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, TENANT_ID_, ACT_NAME_"
                            + " FROM ACT_HI_ACTINST WHERE ACT_NAME_ = 'HIST-" + run + "'");
                }
            }
        }
        return (seed << doublings) * 21;
    }

    /** Waits (at most 20 minutes) until the other build's server answers its health check: it may still be starting. */
    private void awaitUp(String server) throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(20);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(server + "/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > until) {
                throw new AssertionError(server + " did not come up");
            }
            Thread.sleep(5_000);
        }
    }

    private String rows(String table) throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return String.format(Locale.ROOT, "%,d", rs.getLong(1));
        }
    }

    private String total(String user, String path) throws Exception {
        HttpResponse<String> response = get(user, path);
        return response.statusCode() + " X-Total-Count=" + response.headers().firstValue("X-Total-Count").orElse("-");
    }

    /**
     * Requests of one kind, the servers interleaved (one request to each in turn, the order alternating), so each sees
     * the same load; p50/p95/p99 per server.
     */
    private void measure(String what, String user, String path, int requests, List<String> servers) throws Exception {
        for (int i = 0; i < Math.min(10, requests); i++) {
            for (String server : servers) {
                check(get(server, user, path), path);
            }
        }
        List<List<Long>> micros = new ArrayList<>();
        servers.forEach(x -> micros.add(new ArrayList<>()));
        for (int i = 0; i < requests; i++) {
            for (int k = 0; k < servers.size(); k++) {
                int j = i % 2 == 0 ? k : servers.size() - 1 - k;
                long t = System.nanoTime();
                check(get(servers.get(j), user, path), path);
                micros.get(j).add((System.nanoTime() - t) / 1000);
            }
        }
        for (int j = 0; j < servers.size(); j++) {
            List<Long> m = micros.get(j);
            m.sort(null);
            line("%-55s %-24s n=%d p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (load %s)", what, servers.get(j), requests, at(m, 50), at(m, 95),
                    at(m, 99), loadAverage());
        }
    }

    /**
     * Server side, in this JVM: the previous statements ({@link PreviousInboxSql}) and today's ({@link TaskInboxMapper},
     * the read model) for the same page and count, interleaved, so both see the same load. Checks that both give the
     * same count and the same page (sanity, not time).
     */
    private void compare(String what, String user, String group, String product, String sort, String dir, int page, int requests)
            throws Exception {
        InboxQuery q = new InboxQuery(null, null, null, product, null, null, sort, dir, page, 20);
        List<TaskInboxMapper.Way> ways = List.of(new TaskInboxMapper.Way("a", user), new TaskInboxMapper.Way("o", user),
                new TaskInboxMapper.Way("u", user), new TaskInboxMapper.Way("g", group));
        // today's statements exactly as MyBatis writes them for this query, run through JDBC like the previous ones
        org.apache.ibatis.binding.MapperMethod.ParamMap<Object> params = new org.apache.ibatis.binding.MapperMethod.ParamMap<>();
        params.put("q", q);
        params.put("ways", ways);
        params.put("dueFrom", null);
        params.put("dueTo", null);
        params.put("limit", 20);
        params.put("offset", page * 20);
        params.put("window", page * 20 + 20);
        params.put("cap", null); // the exact count, as the previous statements give it
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        for (int i = -Math.min(10, requests); i < requests; i++) {
            long t = System.nanoTime();
            PreviousInboxSql.Answer old;
            try (Connection c = dataSource.getConnection()) {
                old = PreviousInboxSql.run(c, user, group, product, sort, dir.toUpperCase(Locale.ROOT), 20, page * 20);
            }
            long t1 = System.nanoTime();
            long total;
            List<String> ids;
            try (Connection c = dataSource.getConnection()) {
                total = Long.parseLong(run(c, "count", params, 1).get(0));
                ids = run(c, "page", params, 1);
            }
            long t2 = System.nanoTime();
            if (total != old.total() || !ids.equals(old.ids())) {
                throw new AssertionError(what + ": read model " + total + " " + ids + " but previous " + old.total() + " " + old.ids());
            }
            if (i >= 0) {
                before.add((t1 - t) / 1000);
                after.add((t2 - t1) / 1000);
            }
        }
        before.sort(null);
        after.sort(null);
        line("SQL %-45s previous p50 %6.1f p95 %6.1f p99 %6.1f ms | read model p50 %6.1f p95 %6.1f p99 %6.1f ms (count+page, n=%d, load %s)",
                what, at(before, 50), at(before, 95), at(before, 99), at(after, 50), at(after, 95), at(after, 99), requests, loadAverage());
    }

    /** One TaskInboxMapper statement, as MyBatis binds it, through plain JDBC: the given column of every row. */
    private List<String> run(Connection c, String statement, Object params, int column) throws java.sql.SQLException {
        org.apache.ibatis.session.Configuration cfg = mybatis.getConfiguration();
        org.apache.ibatis.mapping.BoundSql bound = cfg.getMappedStatement(TaskInboxMapper.class.getName() + "." + statement).getBoundSql(params);
        org.apache.ibatis.reflection.MetaObject meta = cfg.newMetaObject(params);
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(bound.getSql())) {
            int i = 1;
            for (org.apache.ibatis.mapping.ParameterMapping m : bound.getParameterMappings()) {
                String p = m.getProperty();
                s.setObject(i++, bound.hasAdditionalParameter(p) ? bound.getAdditionalParameter(p) : meta.getValue(p));
            }
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(column));
                }
            }
        }
        return out;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException notLinux) {
            return "n/a";
        }
    }

    private static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new AssertionError(path + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Nearest-rank percentile in ms. */
    private static double at(List<Long> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1000.0;
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return get("http://localhost:" + port, user, path);
    }

    private HttpResponse<String> get(String server, String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[inbox-benchmark] " + text);
        report.append(text).append('\n');
    }
}
