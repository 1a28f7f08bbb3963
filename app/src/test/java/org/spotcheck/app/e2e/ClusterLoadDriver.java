package org.spotcheck.app.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The load and the checks of {@code scripts/cluster-test} (issue 15 point 2): not a unit test, a
 * program with a {@code main}, run by the script against nodes it started itself.
 *
 * <pre>
 *   load   PORT WORKERS CASES OUT   each worker drives CASES whole spot-checks through the API (the lab's
 *                                   results by LIMS with an Idempotency-Key, retried with the same key when
 *                                   a node dies under it), logs into a page once and reads its inbox between
 *                                   cases; writes what was acknowledged to OUT and prints the throughput
 *   verify PORT JDBC-URL SMTP-LOG OUT[:LOST]...   checks, through the balancer and the database: acknowledged
 *                                   cases complete, no task completed twice, one report per sample, every page
 *                                   session still logged in, no e-mail sent twice, no reminder twice, no timer
 *                                   fired twice, no failed job, and the audit chain verifies; no case of any
 *                                   OUT failed, and at most LOST cases of it (0 when not given) were lost
 * </pre>
 *
 * A case is <em>lost</em> when one of its requests got no answer (the connection closed under it, or no
 * answer within 60 s) or the balancer's own 502/503/504 (a node died under it): it is not acknowledged and is
 * left as it is; the checks still make sure nothing in it was done twice. Only the phase with a node killed
 * may lose cases, at most one a worker (the request each had in flight on the killed node). A case
 * <em>failed</em> when the app answered a step with an error, or a step's task was missing: that is never
 * explained by a node's loss, so any failed case fails the run.
 */
public final class ClusterLoadDriver {

    private ClusterLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "verify" -> System.exit(verify(Integer.parseInt(args[1]), args[2], Path.of(args[3]),
                    java.util.Arrays.stream(args).skip(4).map(Path::of).toList()) ? 0 : 1);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ------------------------------------------------------------------ load

    static void load(int port, int workers, int casesPerWorker, Path out) throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            futures.add(pool.submit(() -> {
                int[] lastStatus = {0};
                Api api = new Api(port).recordingTo(exchange -> lastStatus[0] = exchange.status());
                SpotCheckFlow flow = new SpotCheckFlow(api);
                // a person's page session on the balancer, kept for the whole run
                String pageUser = worker % 2 == 0 ? "officer" : "lab1-tester";
                WebClient page = loggedIn(port, pageUser, lines);
                for (int i = 0; i < casesPerWorker; i++) {
                    String[] step = {"plan"};
                    String caseCode = null;
                    lastStatus[0] = 0;
                    try {
                        caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
                        step[0] = "sampling";
                        String seal = flow.sampled(caseCode);
                        step[0] = "receipt";
                        flow.received(caseCode, seal);
                        step[0] = "lims";
                        String report = limsWithRetries(api, caseCode);
                        lines.add("LIMS " + caseCode + " " + report);
                        step[0] = "review";
                        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
                        step[0] = "approval";
                        flow.decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);
                        lines.add("CASE OK " + caseCode);
                        // the script kills a node once the load is under way (not after a fixed time that a fast machine outruns)
                        System.out.println("PROGRESS case " + done.incrementAndGet() + " acknowledged");
                    } catch (RuntimeException | AssertionError e) {
                        boolean noAnswer = noAnswer(e, lastStatus[0]);
                        (noAnswer ? lost : failed).incrementAndGet();
                        String message = String.valueOf(e.getMessage()).replace('\n', ' ');
                        lines.add("CASE " + (noAnswer ? "LOST " : "FAILED ") + (caseCode == null ? "-" : caseCode) + " at " + step[0]
                                + ": " + message.substring(0, Math.min(160, message.length())));
                    }
                    requests.addAndGet(25);
                    // inbox reads between cases: the page session and the API
                    try {
                        if (page == null) {
                            page = loggedIn(port, pageUser, lines);
                        } else if (page.get("/tasks").status() != 200) {
                            lines.add("SESSION-LOST-DURING-RUN " + page.sessionId());
                        }
                        api.get(pageUser, "/api/tasks");
                        requests.addAndGet(2);
                    } catch (RuntimeException | AssertionError e) {
                        // a node died under this read: not acknowledged, nothing to check
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("LOAD port=%d workers=%d cases=%d done=%d lost=%d failed=%d seconds=%.1f cases/min=%.2f%n", port, workers,
                workers * casesPerWorker, done.get(), lost.get(), failed.get(), seconds, done.get() * 60 / seconds);
    }

    /**
     * Whether a case ended because a request got no answer from the app: the connection closed under it or no
     * answer in time (an IOException inside the client's IllegalStateException), or the balancer answered for a
     * dead node (502, 503, 504; the app itself answers 503 only while its database is away, not here).
     */
    static boolean noAnswer(Throwable e, int lastStatus) {
        if (e instanceof IllegalStateException && e.getCause() instanceof java.io.IOException) {
            return true;
        }
        return lastStatus == 502 || lastStatus == 503 || lastStatus == 504;
    }

    private static WebClient loggedIn(int port, String user, List<String> lines) {
        try {
            WebClient page = new WebClient(port);
            WebClient.Reply login = page.login(user, Api.PASSWORD);
            if (login.status() == 302 && page.get("/tasks").status() == 200) {
                lines.add("SESSION " + user + " " + page.sessionId());
                return page;
            }
        } catch (RuntimeException | AssertionError e) {
            // a node died under the login (a 502/503 page without a CSRF token): try again after the next case
        }
        return null;
    }

    /** The lab's results by LIMS; a request that got no answer is sent again with the same key. Returns the report id. */
    private static String limsWithRetries(Api api, String caseCode) {
        long labSample = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow().get("id").asLong();
        String key = "CLUSTER-" + caseCode;
        RuntimeException last = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            try {
                HttpResponse<String> sent = api.postWithHeaders("lab1-tester", "/api/lims/lab-samples/" + labSample + "/results",
                        Map.of("results", SpotCheckFlow.PASSING_BAG), Map.of("Idempotency-Key", key));
                if (sent.statusCode() == 201) {
                    return Api.parse(sent.body()).get("reportId").asString();
                }
                if (sent.statusCode() < 500) {
                    throw new AssertionError("LIMS " + sent.statusCode() + " " + sent.body());
                }
                last = new IllegalStateException("LIMS " + sent.statusCode());
            } catch (IllegalStateException e) {
                last = e;
            }
            sleep(1000);
        }
        throw last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ verify

    static boolean verify(int port, String jdbcUrl, Path smtpLog, List<Path> outs) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path spec : outs) {
            lines.addAll(phase(spec.toString(), failures));
        }
        Api api = new Api(port);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            // acknowledged cases are complete: their report was approved, once
            List<String> acknowledged = lines.stream().filter(l -> l.startsWith("CASE OK ")).map(l -> l.substring(8)).toList();
            for (String caseCode : acknowledged) {
                long approvals = count(db, "SELECT COUNT(*) FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ = '" + caseCode + "' AND t.TASK_DEF_KEY_ = 'approveReport' AND t.END_TIME_ IS NOT NULL");
                if (approvals != 1) {
                    failures.add("acknowledged case " + caseCode + " has " + approvals + " report approvals");
                }
            }
            // nothing done twice: no user task of a process instance completed twice (the driven path has no loops)
            long twice = count(db, "SELECT COUNT(*) FROM (SELECT PROC_INST_ID_, TASK_DEF_KEY_ FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL"
                    + " AND DELETE_REASON_ IS NULL GROUP BY PROC_INST_ID_, TASK_DEF_KEY_ HAVING COUNT(*) > 1) x");
            check(failures, twice == 0, "task completions done twice: " + twice);
            long completions = count(db, "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL");
            // one report per lab sample, and every acknowledged LIMS submission's report is there
            long reportsTwice = count(db, "SELECT COUNT(*) FROM (SELECT lab_sample_id FROM tst_report GROUP BY lab_sample_id HAVING COUNT(*) > 1) x");
            check(failures, reportsTwice == 0, "lab samples with two reports: " + reportsTwice);
            for (String l : lines.stream().filter(l -> l.startsWith("LIMS ")).toList()) {
                String reportId = l.split(" ")[2];
                check(failures, count(db, "SELECT COUNT(*) FROM tst_report WHERE id = " + Long.parseLong(reportId)) == 1,
                        "acknowledged LIMS report missing: " + l);
            }
            // boundary and catch events (timers, withdrawals): none recorded twice, no job failed for good. Most of
            // them end because their task ended (cancelled), not because they fired: the reminders that fired are
            // the remind* service tasks that ran (none on the driven path, whose reminders are days away)
            long remindersFired = count(db, "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ IN ('remindConfirmation', 'remindLab')"
                    + " AND END_TIME_ IS NOT NULL");
            long eventsEnded = count(db, "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_TYPE_ IN ('boundaryEvent', 'intermediateCatchEvent')"
                    + " AND END_TIME_ IS NOT NULL");
            long timersTwice = count(db, "SELECT COUNT(*) FROM (SELECT PROC_INST_ID_, ACT_ID_, EXECUTION_ID_ FROM ACT_HI_ACTINST"
                    + " WHERE ACT_TYPE_ IN ('boundaryEvent', 'intermediateCatchEvent') AND END_TIME_ IS NOT NULL"
                    + " GROUP BY PROC_INST_ID_, ACT_ID_, EXECUTION_ID_ HAVING COUNT(*) > 1) x");
            check(failures, timersTwice == 0, "boundary or catch events recorded twice: " + timersTwice);
            long deadJobs = count(db, "SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB");
            check(failures, deadJobs == 0, "jobs in the dead-letter table: " + deadJobs);
            // reminders and notifications once per recipient and key; e-mails: each outbox row delivered at most once
            long notificationsTwice = count(db, "SELECT COUNT(*) FROM (SELECT recipient, dedup_key FROM sys_notification"
                    + " GROUP BY recipient, dedup_key HAVING COUNT(*) > 1) x");
            check(failures, notificationsTwice == 0, "notifications or reminders twice: " + notificationsTwice);
            Map<String, Integer> outbox = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT address, subject FROM sys_mail_outbox WHERE sent_at IS NOT NULL")) {
                while (rs.next()) {
                    outbox.merge(rs.getString(1) + "|" + rs.getString(2), 1, Integer::sum);
                }
            }
            Map<String, Integer> delivered = new HashMap<>();
            for (String l : Files.exists(smtpLog) ? Files.readAllLines(smtpLog, StandardCharsets.UTF_8) : List.<String>of()) {
                delivered.merge(l, 1, Integer::sum);
            }
            int deliveredTwice = 0;
            for (var e : delivered.entrySet()) {
                if (e.getValue() > outbox.getOrDefault(e.getKey(), 0)) {
                    deliveredTwice++;
                    failures.add("e-mail delivered " + e.getValue() + " times for " + outbox.getOrDefault(e.getKey(), 0) + " outbox rows: " + e.getKey());
                }
            }
            long mails = delivered.values().stream().mapToInt(Integer::intValue).sum();
            long unsent = count(db, "SELECT COUNT(*) FROM sys_mail_outbox WHERE sent_at IS NULL");
            // every page session logged in during the run is still logged in, on whichever node serves it
            List<String> sessions = lines.stream().filter(l -> l.startsWith("SESSION ")).toList();
            int alive = 0;
            for (String l : sessions) {
                String[] parts = l.split(" ");
                WebClient page = new WebClient(port).withSessionCookie(parts[2]);
                for (int i = 0; i < 2; i++) { // both nodes, round robin
                    WebClient.Reply inbox = page.get("/tasks");
                    check(failures, inbox.status() == 200, "page session of " + parts[1] + " lost: " + inbox.status() + " " + inbox.location());
                }
                alive++;
            }
            lines.stream().filter(l -> l.startsWith("SESSION-LOST-DURING-RUN")).forEach(l -> failures.add(l));
            // the audit chain verifies, and no sequence number was written twice
            JsonNode verification = api.get("auditor", "/api/audit/verify").json();
            check(failures, verification != null && verification.get("valid").asBoolean(), "audit chain: " + verification);
            long auditRows = count(db, "SELECT COUNT(*) FROM sys_audit");
            long auditSeqs = count(db, "SELECT COUNT(DISTINCT seq) FROM sys_audit");
            check(failures, auditRows == auditSeqs, "audit rows " + auditRows + " but distinct seq " + auditSeqs);
            List<String> leases = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT name, owner, runs FROM sys_job_lease ORDER BY name")) {
                while (rs.next()) {
                    leases.add(rs.getString(1) + "=" + rs.getLong(3) + " runs (last " + rs.getString(2) + ")");
                }
            }
            long lostCases = lines.stream().filter(l -> l.startsWith("CASE LOST ")).count();
            long failedCases = lines.stream().filter(l -> l.startsWith("CASE FAILED ")).count();
            System.out.printf("VERIFY acknowledged cases %d (lost %d, failed %d), task completions %d (twice: %d), LIMS reports %d (twice: %d),"
                    + " boundary events ended %d (twice: %d), reminders fired %d, dead jobs %d, e-mails delivered %d (twice: %d, unsent %d), page sessions alive %d/%d,"
                    + " audit rows %d chain %s, job leases %s%n", acknowledged.size(), lostCases, failedCases, completions, twice,
                    lines.stream().filter(l -> l.startsWith("LIMS ")).count(), reportsTwice, eventsEnded, timersTwice, remindersFired, deadJobs, mails,
                    deliveredTwice, unsent, alive, sessions.size(), auditRows,
                    verification == null ? "?" : verification.get("valid").asBoolean() ? "valid" : "BROKEN", leases);
            lines.stream().filter(l -> l.startsWith("CASE LOST ") || l.startsWith("CASE FAILED ")).forEach(l -> System.out.println("  " + l));
        }
        failures.forEach(f -> System.out.println("FAILED: " + f));
        System.out.println(failures.isEmpty() ? "VERIFY PASSED" : "VERIFY FAILED (" + failures.size() + ")");
        return failures.isEmpty();
    }

    /**
     * The lines of one phase's OUT, given as {@code OUT} or {@code OUT:LOST} (the cases this phase may lose because
     * a node was killed in it; 0 when not given). Adds to {@code failures} every failed case and a lost count above LOST.
     */
    static List<String> phase(String spec, List<String> failures) throws java.io.IOException {
        String[] parts = spec.split(":(?=[0-9]+$)");
        List<String> phase = Files.readAllLines(Path.of(parts[0]), StandardCharsets.UTF_8);
        long lost = phase.stream().filter(l -> l.startsWith("CASE LOST ")).count();
        long allowed = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        check(failures, lost <= allowed, parts[0] + ": " + lost + " cases lost (no answer), at most " + allowed + " allowed in this phase");
        phase.stream().filter(l -> l.startsWith("CASE FAILED ")).forEach(l -> failures.add(parts[0] + ": " + l));
        return phase;
    }

    private static void check(List<String> failures, boolean ok, String message) {
        if (!ok) {
            failures.add(message);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
