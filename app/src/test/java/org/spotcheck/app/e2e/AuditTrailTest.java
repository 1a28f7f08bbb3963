package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log (issue 7, point 6) over the running application: state changes, logins, failed
 * logins and refusals are recorded with who, what, when (UTC), where and outcome; the verify
 * endpoint detects a row edited or deleted directly in the database; the audit administrator
 * filters and exports it.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    WebClient auditor;

    @BeforeEach
    void setUp() {
        auditor = WebClient.basic(port, "auditor", Api.PASSWORD);
    }

    @Test
    void aStateChangeIsRecordedWithWhoWhatWhenWhereAndOutcome() {
        Instant before = Instant.now().minusSeconds(1);
        Api api = new Api(port);
        Api.Response drafted = api.post("planner", "/api/plans", Api.planCommand("审计 " + before, "PLASTIC_BAG", "320100", "LAB1"));
        assertThat(drafted.status()).isEqualTo(201);
        List<JsonNode> records = SecurityFixtures.awaitAudit(port, "actor=planner&action=HTTP_POST&limit=20",
                e -> e.get("target").asString().equals("/api/plans") && Instant.parse(e.get("occurredAt").asString()).isAfter(before));
        assertThat(records).isNotEmpty();
        JsonNode record = records.get(0);
        assertThat(record.get("actorOrg").asString()).isEqualTo("AUTH-320100");
        assertThat(record.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(record.get("httpStatus").asInt()).isEqualTo(201);
        assertThat(record.get("remoteAddr").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(record.get("occurredAt").asString()).endsWith("Z");
        assertThat(Duration.between(Instant.parse(record.get("occurredAt").asString()), Instant.now())).isLessThan(Duration.ofMinutes(1));
        assertThat(record.get("rowHash").asString()).matches("[0-9a-f]{64}");
    }

    @Test
    void refusalsAndFailedLoginsAreRecorded() {
        Api api = new Api(port);
        assertThat(api.post("enterprise-a", "/api/plans", Api.planCommand("越权", "PLASTIC_BAG", "320100", "LAB1")).status()).isEqualTo(403);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=enterprise-a&outcome=DENIED&limit=20",
                e -> e.get("target").asString().equals("/api/plans") && e.get("httpStatus").asInt() == 403)).isNotEmpty();

        assertThat(api.get(null, "/api/tasks").status()).isEqualTo(401);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=anonymous&outcome=DENIED&limit=20",
                e -> e.get("target").asString().equals("/api/tasks") && e.get("httpStatus").asInt() == 401)).isNotEmpty();

        String ghost = "ghost-" + System.nanoTime();
        assertThat(new WebClient(port).login(ghost, "whatever-it-is").location()).contains("error");
        assertThat(SecurityFixtures.awaitAudit(port, "actor=" + ghost + "&action=LOGIN_FAILED", e -> true)).hasSize(1);

        // a page post without its CSRF token is refused and recorded under the session's user
        WebClient page = new WebClient(port);
        page.login("planner", Api.PASSWORD);
        assertThat(page.postForm("/plans", WebClient.form("title", "x"), null).status()).isEqualTo(403);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=planner&action=HTTP_POST&outcome=DENIED&limit=20",
                e -> e.get("target").asString().equals("/plans"))).isNotEmpty();
    }

    @Test
    void theVerifyEndpointDetectsAnEditedAndADeletedRow() {
        new Api(port).get("enterprise-b", "/api/plans"); // at least a few records
        new Api(port).get("enterprise-b", "/api/lab-samples");
        SecurityFixtures.awaitAudit(port, "actor=enterprise-b&outcome=DENIED&limit=5", e -> true);
        JsonNode intact = auditor.get("/api/audit/verify").json();
        assertThat(intact.get("valid").asBoolean()).as(intact.toString()).isTrue();
        long seq = intact.get("lastSeq").asLong() - 1;

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM sys_audit WHERE seq = ?", seq);
        String target = (String) value(row, "target");
        jdbc.update("UPDATE sys_audit SET target = ? WHERE seq = ?", "/nothing-to-see", seq);
        try {
            JsonNode edited = auditor.get("/api/audit/verify").json();
            assertThat(edited.get("valid").asBoolean()).isFalse();
            assertThat(edited.get("brokenAt").asLong()).isEqualTo(seq);
            assertThat(edited.get("problem").asString()).isEqualTo("ROW_CHANGED");
        } finally {
            jdbc.update("UPDATE sys_audit SET target = ? WHERE seq = ?", target, seq);
        }
        assertThat(auditor.get("/api/audit/verify").json().get("valid").asBoolean()).isTrue();

        jdbc.update("DELETE FROM sys_audit WHERE seq = ?", seq);
        try {
            JsonNode deleted = auditor.get("/api/audit/verify").json();
            assertThat(deleted.get("valid").asBoolean()).isFalse();
            assertThat(deleted.get("brokenAt").asLong()).isEqualTo(seq);
            assertThat(deleted.get("problem").asString()).isEqualTo("MISSING_ROW");
        } finally {
            jdbc.update("INSERT INTO sys_audit (seq, occurred_at, actor, actor_org, action, target, outcome, http_status, remote_addr, "
                    + "detail, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", value(row, "seq"),
                    value(row, "occurred_at"), value(row, "actor"), value(row, "actor_org"), value(row, "action"), value(row, "target"),
                    value(row, "outcome"), value(row, "http_status"), value(row, "remote_addr"), value(row, "detail"),
                    value(row, "prev_hash"), value(row, "row_hash"));
        }
        assertThat(auditor.get("/api/audit/verify").json().get("valid").asBoolean()).isTrue();
        // only the audit administrator may verify
        assertThat(WebClient.basic(port, "secadmin", Api.PASSWORD).get("/api/audit/verify").status()).isEqualTo(403);
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }

    @Test
    void theAuditAdministratorFiltersSortsAndExports() {
        new Api(port).get("sampler-a", "/api/plans"); // a refusal of sampler-a
        SecurityFixtures.awaitAudit(port, "actor=sampler-a&outcome=DENIED", e -> true);
        WebClient.Reply filtered = auditor.get("/api/audit?actor=sampler-a&outcome=DENIED&sort=occurredAt&order=desc&limit=5");
        assertThat(filtered.status()).isEqualTo(200);
        List<JsonNode> rows = filtered.json().valueStream().toList();
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allMatch(r -> r.get("actor").asString().equals("sampler-a") && r.get("outcome").asString().equals("DENIED"));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).get("occurredAt").asString()).isGreaterThanOrEqualTo(rows.get(i).get("occurredAt").asString());
        }
        assertThat(auditor.get("/api/audit?from=2020-01-01&to=2020-01-31").json().size()).isZero();

        // sort and filter parameters are whitelisted
        assertThat(auditor.get("/api/audit?sort=" + enc("id;select sleep(5)")).status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit?sort=" + enc("(case when 1=1 then seq else actor end)")).status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit?order=" + enc("desc,(select 1)")).status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit?outcome=MAYBE").status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit?where=1%3D1").status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit?limit=100000").status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit?actor=" + enc("%")).json().size()).isZero();

        // a record whose text starts like a formula is exported inert
        String formula = "=cmd|' /C calc'!A0"; // no colon: HTTP Basic would split the username there
        WebClient.basic(port, formula, "wrong").get("/api/tasks");
        SecurityFixtures.awaitAudit(port, "actor=" + enc(formula), e -> true);
        WebClient.Reply csv = auditor.get("/api/audit/export.csv?actor=" + enc(formula));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment");
        assertThat(csv.body()).contains("occurred_at_utc").contains("\"'=cmd|").doesNotContain(",\"=cmd");

        // the pages
        WebClient page = new WebClient(port);
        page.login("auditor", Api.PASSWORD);
        WebClient.Reply list = page.get("/audit?actor=sampler-a&outcome=DENIED");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"audit\"").contains("sampler-a");
        assertThat(page.get("/audit/verify").body()).contains("id=\"verification\"").contains("alert-success");
        assertThat(page.get("/audit/export.csv?actor=sampler-a").header("Content-Type")).startsWith("text/csv");
        // reading the audit log is itself recorded
        assertThat(SecurityFixtures.awaitAudit(port, "actor=auditor&action=HTTP_GET&limit=50",
                e -> e.get("target").asString().startsWith("/api/audit/export.csv"))).isNotEmpty();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
