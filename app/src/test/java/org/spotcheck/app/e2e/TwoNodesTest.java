package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.cluster.JobLeases;
import org.spotcheck.app.notification.MailDispatcher;
import org.spotcheck.app.security.Totp;
import org.spotcheck.app.security.UserAccountMapper;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.spotcheck.app.workflow.deadline.TaskDeadlines;
import org.spotcheck.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one database (issue 15 point 1): two whole application contexts of the app, started
 * here with {@link SpringApplicationBuilder} on their own ports, share the test database (on H2 the
 * JVM's named in-memory database, on MariaDB the test schema). Each test drives the two nodes at the
 * same moment (a latch lets both threads go together) and counts what happened: page sessions that
 * move between nodes, the deadline sweep, the mail dispatcher, Flowable timers and the job leases,
 * each exactly once. No test waits for a scheduler: the test profile switches schedules off.
 */
class TwoNodesTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static int portA;
    static int portB;

    @BeforeAll
    static void startTwoNodes() {
        SMTP.start();
        a = node("node-a");
        b = node("node-b");
        portA = port(a);
        portB = port(b);
    }

    @AfterAll
    static void stopTwoNodes() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        SMTP.stop();
    }

    /** A node: the app with the test run's profiles (spring.profiles.active from Surefire), any free port. */
    static ConfigurableApplicationContext node(String name) {
        // as command-line arguments, which win over application.yml (default properties would not)
        return new SpringApplicationBuilder(SpotcheckApplication.class).run("--server.port=0", "--spotcheck.node-id=" + name,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP.getSmtp().getPort(), "--spotcheck.mail.enabled=true");
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @AfterEach
    void resetClocks() {
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            node.getBean(ProcessEngineConfiguration.class).getClock().reset();
        }
    }

    /** Both nodes' workflow clocks at the same instant (each engine has its own clock object). */
    private static void clocksAt(Instant at) {
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            node.getBean(ProcessEngineConfiguration.class).getClock().setCurrentTime(Date.from(at));
        }
    }

    /** Runs {@code onA} and {@code onB} in two threads released together; returns both results, failing on any exception. */
    private static <T> List<T> together(Callable<T> onA, Callable<T> onB) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> work : List.of(onA, onB)) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static SecurityFixtures fixtures(ConfigurableApplicationContext node) {
        return new SecurityFixtures(node.getBean(UserAccountMapper.class), node.getBean(TransactionTemplate.class),
                node.getBean(PasswordEncoder.class));
    }

    // ---- page sessions ------------------------------------------------------------------------

    @Test
    void aPageSessionLoggedInOnOneNodeWorksOnTheOtherWithItsCsrfTokenAndLanguage() {
        String username = fixtures(a).account("node", "LAB1", "LAB", "320100", Role.LAB_TESTER);
        WebClient onA = new WebClient(portA);
        WebClient.Reply login = onA.login(username, SecurityFixtures.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/tasks");

        // the same browser, now balanced to node B: still logged in
        WebClient onB = onA.onPort(portB);
        WebClient.Reply inbox = onB.get("/tasks");
        assertThat(inbox.status()).as(inbox.location()).isEqualTo(200);
        assertThat(inbox.body()).contains(username);

        // the language chosen on B holds on A
        assertThat(onB.get("/tasks?lang=en").body()).contains("lang=\"en\"");
        onA = onB.onPort(portA);
        assertThat(onA.get("/tasks").body()).contains("lang=\"en\"");

        // a CSRF token of a page from A is accepted by B: logout on B ends the session on A too
        String csrf = onA.get("/account/password").csrf();
        WebClient.Reply logout = onA.onPort(portB).postForm("/logout", Map.of(), csrf);
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.location()).contains("/login");
        assertThat(onA.get("/tasks").location()).as("the session is gone on node A as well").contains("/login");
    }

    @Test
    void theSecondFactorStartedOnOneNodeIsFinishedOnTheOther() {
        String username = fixtures(a).account("node2fa", "AUTH-320100", "AUTHORITY", "320100", Role.PLAN_APPROVER);
        String secret = Totp.newSecret();
        a.getBean(UserAccountMapper.class).enableTotp(username, secret, Totp.step(Instant.now()) - 5);

        WebClient onA = new WebClient(portA);
        assertThat(onA.login(username, SecurityFixtures.PASSWORD).location()).endsWith("/login/totp");
        WebClient onB = onA.onPort(portB);
        assertThat(onB.get("/tasks").location()).as("half logged in on B as well").endsWith("/login/totp");
        WebClient.Reply challenge = onB.get("/login/totp");
        WebClient.Reply passed = onB.postForm("/login/totp", WebClient.form("code", Totp.currentCode(secret, Instant.now())),
                challenge.csrf());
        assertThat(passed.status()).isEqualTo(302);
        assertThat(passed.location()).endsWith("/tasks");
        assertThat(onB.onPort(portA).get("/tasks").status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsPageSessionOnTheOther() {
        String username = fixtures(a).account("nodeoff", "LAB1", "LAB", "320100", Role.LAB_TESTER);
        WebClient onA = new WebClient(portA);
        onA.login(username, SecurityFixtures.PASSWORD);
        assertThat(onA.get("/tasks").status()).isEqualTo(200);

        WebClient.Reply disabled = WebClient.basic(portB, "sysadmin", Api.PASSWORD).postJson("/api/admin/users/" + username + "/disable", null);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(onA.get("/tasks").status()).as("node A refuses the session node B ended").isNotEqualTo(200);
        assertThat(onA.onPort(portB).get("/tasks").status()).isNotEqualTo(200);
    }

    // ---- per-node caches ----------------------------------------------------------------------

    @Test
    void aPasswordChangedOnOneNodeIsRefusedAtOnceByTheOtherNodesPasswordCache() {
        String username = fixtures(a).account("nodepw", "LAB1", "LAB", "320100", Role.LAB_TESTER);
        String newPassword = "a rather different passphrase 9";
        // node A verifies the password once and remembers the match (CachingPasswordEncoder, 5 minutes)
        assertThat(WebClient.basic(portA, username, SecurityFixtures.PASSWORD).get("/api/tasks").status()).isEqualTo(200);
        assertThat(WebClient.basic(portA, username, SecurityFixtures.PASSWORD).get("/api/tasks").status()).isEqualTo(200);

        WebClient.Reply changed = WebClient.basic(portB, username, SecurityFixtures.PASSWORD)
                .postJson("/api/account/password", Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", newPassword));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);

        // the cache is keyed by the stored hash, which changed in the database: A's entry never matches again
        assertThat(WebClient.basic(portA, username, SecurityFixtures.PASSWORD).get("/api/tasks").status()).isEqualTo(401);
        assertThat(WebClient.basic(portA, username, newPassword).get("/api/tasks").status()).isEqualTo(200);
    }

    // ---- scheduled work ---------------------------------------------------------------------

    private static List<JsonNode> notifications(String user, String caseCode, String kind) {
        Api.Response r = new Api(portB).get(user, "/api/notifications");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().valueStream()
                .filter(n -> caseCode.equals(n.get("businessKey").asString()) && kind.equals(n.get("kind").asString())).toList();
    }

    @Test
    void bothNodesSweepingAndDispatchingAtOnceRemindEscalateAndMailEachTaskExactlyOnce() throws Exception {
        ResultHandlingFlow flow = new ResultHandlingFlow(new Api(portA), a.getBean(ProcessEngineConfiguration.class),
                a.getBean(ManagementService.class), a.getBean(RuntimeService.class));
        List<ResultHandlingFlow.Case> cases = List.of(flow.issued(ResultHandlingFlow.failingTissue()),
                flow.issued(ResultHandlingFlow.failingTissue()));
        BusinessCalendar calendar = a.getBean(BusinessCalendar.class);
        Map<String, String> taskIds = new HashMap<>();
        Instant latestRemind = Instant.EPOCH;
        Instant earliestDue = Instant.MAX;
        Instant latestDue = Instant.EPOCH;
        for (ResultHandlingFlow.Case c : cases) {
            JsonNode task = new Api(portA).get("officer", "/api/tasks").json().valueStream()
                    .filter(t -> c.caseCode().equals(t.get("businessKey").asString()) && "serveNotice".equals(t.get("taskKey").asString()))
                    .findFirst().orElseThrow();
            taskIds.put(c.caseCode(), task.get("id").asString());
            Instant dueAt = Instant.parse(task.get("dueAt").asString());
            LocalDate dueDay = BusinessCalendar.day(dueAt);
            Instant remindAt = BusinessCalendar.at(calendar.subtract(dueDay, 1, org.spotcheck.shared.StatutoryPeriod.DayCount.WORKING_DAYS),
                    LocalTime.of(9, 0));
            latestRemind = remindAt.isAfter(latestRemind) ? remindAt : latestRemind;
            earliestDue = dueAt.isBefore(earliestDue) ? dueAt : earliestDue;
            latestDue = dueAt.isAfter(latestDue) ? dueAt : latestDue;
        }
        assertThat(latestRemind).as("both cases are in their reminder period at once").isBefore(earliestDue);

        TaskDeadlines sweepA = a.getBean(TaskDeadlines.class);
        TaskDeadlines sweepB = b.getBean(TaskDeadlines.class);
        clocksAt(latestRemind.plusSeconds(60));
        List<Integer> reminded = together(sweepA::sweep, sweepB::sweep);
        clocksAt(latestDue.plusSeconds(1));
        List<Integer> escalated = together(sweepA::sweep, sweepB::sweep);

        for (ResultHandlingFlow.Case c : cases) {
            assertThat(notifications("officer", c.caseCode(), "DUE_SOON")).as("reminders of " + c.caseCode()).hasSize(1);
            assertThat(notifications("plan-approver", c.caseCode(), "OVERDUE_ESCALATED")).as("escalations of " + c.caseCode()).hasSize(1);
            assertThat(notifications("officer", c.caseCode(), "OVERDUE")).hasSize(1);
            long comments = a.getBean(TaskService.class).getTaskComments(taskIds.get(c.caseCode())).stream()
                    .filter(comment -> comment.getFullMessage().contains("逾期督办")).count();
            assertThat(comments).as("one escalation comment on the task of " + c.caseCode()).isEqualTo(1);
        }
        System.out.printf("two nodes swept at once: reminders %s, escalations %s (per node)%n", reminded, escalated);

        // both dispatchers at once, round after round, until the outbox is empty
        MailDispatcher mailA = a.getBean(MailDispatcher.class);
        MailDispatcher mailB = b.getBean(MailDispatcher.class);
        int[] sentPerNode = new int[2];
        for (int round = 0; round < 1000; round++) {
            List<Integer> sent = together(mailA::sendPending, mailB::sendPending);
            sentPerNode[0] += sent.get(0);
            sentPerNode[1] += sent.get(1);
            if (sent.get(0) + sent.get(1) == 0) {
                break;
            }
        }
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        for (ResultHandlingFlow.Case c : cases) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT address, subject, sent_at FROM sys_mail_outbox WHERE business_key = ?", c.caseCode());
            assertThat(rows).as("e-mails queued for " + c.caseCode()).isNotEmpty();
            assertThat(rows).allSatisfy(r -> assertThat(r.get("sent_at")).as("sent: " + r).isNotNull());
            Map<String, Integer> queued = new HashMap<>();
            rows.forEach(r -> queued.merge(r.get("address") + "|" + r.get("subject"), 1, Integer::sum));
            for (Map.Entry<String, Integer> row : queued.entrySet()) {
                long delivered = 0;
                for (MimeMessage m : SMTP.getReceivedMessages()) {
                    if (row.getKey().equals(m.getAllRecipients()[0] + "|" + m.getSubject())) {
                        delivered++;
                    }
                }
                assertThat(delivered).as("deliveries of " + row.getKey()).isEqualTo(row.getValue().longValue());
            }
        }
        System.out.printf("two dispatchers at once: node A sent %d, node B sent %d%n", sentPerNode[0], sentPerNode[1]);
    }

    private static final String TIMER_PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="spotcheck-cluster-test">
              <process id="clusterTimerProbe" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                <intermediateCatchEvent id="wait">
                  <timerEventDefinition><timeDuration>PT1M</timeDuration></timerEventDefinition>
                </intermediateCatchEvent>
                <sequenceFlow id="f2" sourceRef="wait" targetRef="after"/>
                <manualTask id="after"/>
                <sequenceFlow id="f3" sourceRef="after" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    @Test
    void aFlowableTimerRunByBothNodesAtOnceFiresOnce() throws Exception {
        a.getBean(RepositoryService.class).createDeployment().name("cluster timer probe")
                .addString("clusterTimerProbe.bpmn20.xml", TIMER_PROBE).deploy();
        RuntimeService runtime = a.getBean(RuntimeService.class);
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            instances.add(runtime.startProcessInstanceByKey("clusterTimerProbe").getId());
        }
        clocksAt(Instant.now().plusSeconds(120));

        // each node moves every due timer of these instances to an executable job and runs it, as an async
        // executor that believed it owned the job would; Flowable's optimistic lock (REV_) lets one win
        List<Integer> fired = together(() -> fireAll(a, instances), () -> fireAll(b, instances));

        HistoryService history = a.getBean(HistoryService.class);
        for (String id : instances) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).activityId("after").count())
                    .as("the timer of " + id + " fired once").isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count()).isEqualTo(1);
        }
        assertThat(fired.get(0) + fired.get(1)).as("firings counted by the two nodes").isEqualTo(instances.size());
        System.out.printf("one timer per instance, run by both nodes at once: node A fired %d, node B fired %d%n",
                fired.get(0), fired.get(1));
    }

    /** Runs the due timers of the instances on this node; returns how many this node fired (lost races are not errors). */
    private static int fireAll(ConfigurableApplicationContext node, List<String> instances) {
        ManagementService management = node.getBean(ManagementService.class);
        int fired = 0;
        for (String instance : instances) {
            for (Job timer : management.createTimerJobQuery().processInstanceId(instance).list()) {
                try {
                    management.moveTimerToExecutableJob(timer.getId());
                } catch (RuntimeException lost) {
                    // the other node moved it first: its insert of the job row with the timer's id won (a duplicate key
                    // here; Flowable logs it as an error while closing the command)
                }
            }
            for (Job job : management.createJobQuery().processInstanceId(instance).list()) {
                try {
                    management.executeJob(job.getId());
                    fired++;
                } catch (RuntimeException lost) {
                    // the other node ran it first: optimistic locking (REV_) or the job is gone
                }
            }
        }
        return fired;
    }

    @Test
    void aJobLeaseIsTakenByOneNodeAtATime() throws Exception {
        String job = "cluster-test-" + System.nanoTime();
        JobLeases leasesA = a.getBean(JobLeases.class);
        JobLeases leasesB = b.getBean(JobLeases.class);
        List<Boolean> first = together(() -> leasesA.tryAcquire(job, java.time.Duration.ofMinutes(5)),
                () -> leasesB.tryAcquire(job, java.time.Duration.ofMinutes(5)));
        assertThat(first).as("exactly one node holds a new lease").containsExactlyInAnyOrder(true, false);
        assertThat(leasesA.tryAcquire(job, java.time.Duration.ofMinutes(5))).isFalse();
        assertThat(leasesB.tryAcquire(job, java.time.Duration.ofMinutes(5))).isFalse();

        // a lease that ran out is taken over by the other node (a node killed while holding it blocks nobody for long)
        String job2 = "cluster-test-expiry-" + System.nanoTime();
        assertThat(leasesA.tryAcquire(job2, java.time.Duration.ZERO)).isTrue();
        assertThat(leasesB.tryAcquire(job2, java.time.Duration.ofMinutes(5))).isTrue();
        assertThat(leasesA.tryAcquire(job2, java.time.Duration.ofMinutes(5))).isFalse();
        String owner = a.getBean(JdbcTemplate.class).queryForObject("SELECT owner FROM sys_job_lease WHERE name = ?", String.class, job);
        assertThat(owner).isIn("node-a", "node-b");
    }
}
