package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.ops.BusinessGauges;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15.4 (ADR 0016) over real HTTP: the Prometheus endpoint admits the configured scrape account only (every
 * application role, a lab token, a page session and anonymous are refused) and shows the engine's, the pool's and the
 * business series; the business gauges are computed once per time to live, not per scrape; liveness and readiness are
 * open; every request answers its X-Request-Id and its log lines carry it and the case number, here as ECS JSON.
 * The database-away half of the probes is in {@code DatabaseAwayFaultTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spotcheck.monitoring.username=scraper", "spotcheck.monitoring.gauge-ttl=PT1H",
                "logging.structured.format.console=ecs", "logging.level.org.spotcheck.app.ops.RequestLogContextFilter=debug"})
class OperationsEndpointsTest {

    static final String SCRAPE_PASSWORD = "Scrape-Test-Password-1";

    @DynamicPropertySource
    static void scrapeAccount(DynamicPropertyRegistry registry) {
        registry.add("spotcheck.monitoring.password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(SCRAPE_PASSWORD));
    }

    @LocalServerPort
    int port;

    @Autowired
    BusinessGauges gauges;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyTheScrapeAccountReadsTheMetricsWithTheEngineThePoolAndTheBusinessSeries() {
        Api api = new Api(port);
        JsonNode plan = new SpotCheckFlow(api).submittedPlan("PLASTIC_BAG");
        String planCode = plan.get("code").asString();
        // an overdue step (a due date in the past on the workflow clock) and a LIMS submission that is refused
        String review = api.taskId("plan-reviewer", planCode, "reviewPlan");
        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?", java.sql.Timestamp.valueOf("2020-01-01 00:00:00"), review);
        assertThat(api.postWithHeaders("lab1-tester", "/api/lims/lab-samples/999999999/results", Map.of("results", Map.of()),
                Map.of("Idempotency-Key", "ops-test-1")).statusCode()).isEqualTo(404);

        // refused: anonymous, the wrong password, every application user (Basic and page session), a lab token
        assertThat(new WebClient(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(WebClient.basic(port, "scraper", "wrong").get("/actuator/prometheus").status()).isEqualTo(401);
        for (Map.Entry<Role, String> user : AuthorizationMatrixTest.USERS.entrySet()) {
            assertThat(WebClient.basic(port, user.getValue(), Api.PASSWORD).get("/actuator/prometheus").status())
                    .as(user.getKey() + " with Basic").isEqualTo(401);
        }
        WebClient page = new WebClient(port);
        page.login("sysadmin", Api.PASSWORD);
        assertThat(page.get("/actuator/prometheus").status()).as("a page session").isEqualTo(401);
        String token = WebClient.basic(port, "secadmin", Api.PASSWORD).postJson("/api/security/tokens",
                Map.of("labCode", "LAB1", "name", "ops", "validDays", 1)).json().get("token").asString();
        assertThat(WebClient.bearer(port, token).get("/actuator/prometheus").status()).as("a lab token").isEqualTo(401);
        assertThat(gauges.refreshes()).as("refused scrapes compute nothing").isZero();

        WebClient.Reply scrape = WebClient.basic(port, "scraper", SCRAPE_PASSWORD).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics).contains("hikaricp_connections_active{", "jvm_memory_used_bytes{", "http_server_requests_seconds_count{",
                "spotcheck_mail_outbox_pending{", "spotcheck_mail_outbox_failed{", "spotcheck_audit_append_seconds_count{");
        assertThat(series(metrics, "spotcheck_tasks_open", "org=\"AUTH-320100\"", "role=\"PLAN_REVIEWER\"", "step=\"reviewPlan\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(series(metrics, "spotcheck_tasks_overdue", "statutory=\"false\"", "step=\"reviewPlan\"")).isGreaterThanOrEqualTo(1);
        assertThat(series(metrics, "flowable_jobs", "type=\"timer\"")).isGreaterThanOrEqualTo(0);
        assertThat(series(metrics, "spotcheck_lims_requests_total", "lab=\"LAB1\"", "outcome=\"rejected\"")).isEqualTo(1);
        assertThat(series(metrics, "spotcheck_audit_append_seconds_count")).as("refusals were audited").isPositive();

        // the figures are cached: a second scrape within the time to live runs no query
        assertThat(WebClient.basic(port, "scraper", SCRAPE_PASSWORD).get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(gauges.refreshes()).isEqualTo(1);
    }

    @Test
    void livenessAndReadinessAreOpenAndUp() {
        WebClient anonymous = new WebClient(port);
        WebClient.Reply liveness = anonymous.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"");
        WebClient.Reply readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("database");
    }

    @Test
    void everyLogLineOfARequestCarriesItsRequestIdAndCaseNumber(CapturedOutput output) {
        Api api = new Api(port);
        String planCode = new SpotCheckFlow(api).submittedPlan("PLASTIC_BAG").get("code").asString();
        WebClient planner = WebClient.basic(port, "planner", Api.PASSWORD).header("X-Request-Id", "ops-req-4711");
        WebClient.Reply reply = planner.get("/api/cases/" + planCode);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-Request-Id")).isEqualTo("ops-req-4711");
        assertThat(jsonLine(output, "ops-req-4711")).contains("\"caseNumber\":\"" + planCode + "\"", "\"level\":\"DEBUG\"");

        // a task command names its case through the task
        String review = api.taskId("plan-reviewer", planCode, "reviewPlan");
        WebClient.Reply task = WebClient.basic(port, "plan-reviewer", Api.PASSWORD).header("X-Request-Id", "ops-req-4712")
                .get("/api/tasks/" + review);
        assertThat(task.status()).isEqualTo(200);
        assertThat(jsonLine(output, "ops-req-4712")).contains("\"caseNumber\":\"" + planCode + "\"");

        // no id, or one that could forge a log line: a new one, answered to the caller
        WebClient.Reply forged = WebClient.basic(port, "planner", Api.PASSWORD).header("X-Request-Id", "a\"b c").get("/api/tasks");
        String issued = forged.header("X-Request-Id");
        assertThat(issued).matches("[0-9a-f-]{36}");
        assertThat(jsonLine(output, issued)).doesNotContain("caseNumber");
    }

    /** The value of the one series of this name having all these labels. */
    private static double series(String metrics, String name, String... labels) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                boolean all = true;
                for (String label : labels) {
                    all &= line.contains(label);
                }
                if (all) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        throw new AssertionError("no series " + name + " with " + String.join(",", labels) + " in\n" + metrics);
    }

    /** The one captured JSON log line carrying this request id. */
    private static String jsonLine(CapturedOutput output, String requestId) {
        Pattern id = Pattern.compile("\"requestId\":\"" + Pattern.quote(requestId) + "\"");
        return output.getOut().lines().filter(l -> l.startsWith("{") && id.matcher(l).find()).findFirst()
                .orElseThrow(() -> new AssertionError("no JSON log line with requestId " + requestId));
    }
}
