package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * API tokens of labs' systems (issue 7, point 4): issued by the security administrator, shown once,
 * stored as SHA-256, scoped to one lab's tester role, expiring and revocable.
 */
class ApiTokenTest extends SpotCheckE2e {

    WebClient secadmin;

    @BeforeEach
    void setUp() {
        secadmin = WebClient.basic(port, "secadmin", Api.PASSWORD);
    }

    private JsonNode issue(String lab, String name, int days) {
        WebClient.Reply issued = secadmin.postJson("/api/security/tokens", Map.of("labCode", lab, "name", name, "validDays", days));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json();
    }

    @Test
    void aTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        JsonNode issued = issue("LAB1", "LIMS 主机 A", 30);
        String token = issued.get("token").asString();
        assertThat(token).startsWith("sct_").hasSizeGreaterThan(40);
        assertThat(Duration.between(Instant.now(), Instant.parse(issued.get("expiresAt").asString())))
                .isBetween(Duration.ofDays(29), Duration.ofDays(30));
        String listed = secadmin.get("/api/security/tokens").body();
        assertThat(listed).contains("LIMS 主机 A").doesNotContain(token);
        String stored = jdbc.queryForObject("SELECT token_hash FROM sys_api_token WHERE id = ?", String.class, issued.get("id").asLong());
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM sys_api_token WHERE token_hash = ? OR name = ?", token, token)).isZero();
    }

    @Test
    void aTokenActsAsATesterOfItsOwnLabOnly() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        String seal = flow.sampled(caseCode);
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        long labSample = api.get("lab1-tester", "/api/tasks/" + receive).get("context").get("labSample").get("id").asLong();

        WebClient lab1 = WebClient.bearer(port, issue("LAB1", "LIMS LAB1", 7).get("token").asString());
        WebClient lab2 = WebClient.bearer(port, issue("LAB2", "LIMS LAB2", 7).get("token").asString());
        JsonNode me = lab1.get("/api/account").json();
        assertThat(me.get("orgCode").asString()).isEqualTo("LAB1");
        assertThat(me.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("LAB_TESTER");

        assertThat(lab1.get("/api/lab-samples/" + labSample).status()).isEqualTo(200);
        assertThat(lab2.get("/api/lab-samples/" + labSample).status()).isEqualTo(404);
        assertThat(lab2.get("/api/tasks/" + receive).status()).isEqualTo(404);
        assertThat(lab1.get("/api/plans").status()).isEqualTo(403);
        assertThat(lab1.postJson("/api/plans", Api.planCommand("令牌越权", "PLASTIC_BAG", "320100", "LAB1")).status()).isEqualTo(403);
        assertThat(lab1.get("/api/security/tokens").status()).isEqualTo(403);
        // pages take no tokens
        assertThat(lab1.get("/tasks").location()).contains("/login");

        // the lab's system receives the sample through the task inbox, as a tester would
        WebClient.Reply received = lab1.postJson("/api/tasks/" + receive + "/complete",
                Map.of("sampleCode", "YP-" + caseCode, "testSealNumber", seal, "sealIntact", true));
        assertThat(received.status()).as(received.body()).isEqualTo(204);
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).isNotNull();
        assertThat(SecurityFixtures.awaitAudit(port, "action=HTTP_POST&actor=api-token-" + me.get("username").asString().substring(10),
                e -> e.get("target").asString().endsWith("/complete") && e.get("actorOrg").asString().equals("LAB1"))).isNotEmpty();
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefusedAndLogged() {
        JsonNode issued = issue("LAB1", "LIMS to revoke", 7);
        WebClient token = WebClient.bearer(port, issued.get("token").asString());
        assertThat(token.get("/api/lab-samples").status()).isEqualTo(200);
        assertThat(secadmin.postJson("/api/security/tokens/" + issued.get("id").asLong() + "/revoke", null).status()).isEqualTo(200);
        WebClient.Reply revoked = token.get("/api/lab-samples");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.rule()).isEqualTo("INVALID_TOKEN");

        JsonNode expiring = issue("LAB1", "LIMS expiring", 1);
        jdbc.update("UPDATE sys_api_token SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(60)),
                expiring.get("id").asLong());
        assertThat(WebClient.bearer(port, expiring.get("token").asString()).get("/api/lab-samples").status()).isEqualTo(401);

        assertThat(WebClient.bearer(port, "sct_guessed-" + System.nanoTime()).get("/api/lab-samples").status()).isEqualTo(401);
        assertThat(SecurityFixtures.awaitAudit(port, "action=API_TOKEN_REJECTED&limit=10", e -> true)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void tokensNeedALabANameAndAtMostAYear() {
        assertThat(secadmin.postJson("/api/security/tokens", Map.of("labCode", "ENT-A", "name", "x", "validDays", 30)).json()
                .get("errors").get(0).get("rule").asString()).isEqualTo("NOT_A_LAB");
        assertThat(secadmin.postJson("/api/security/tokens", Map.of("labCode", "LAB1", "name", "x", "validDays", 366)).status()).isEqualTo(400);
        assertThat(secadmin.postJson("/api/security/tokens", Map.of("labCode", "LAB1", "name", " ")).status()).isEqualTo(400);
        // only the security administrator issues tokens; not the lab's own approver, not the system administrator
        assertThat(WebClient.basic(port, "lab1-approver", Api.PASSWORD).postJson("/api/security/tokens",
                Map.of("labCode", "LAB1", "name", "x")).status()).isEqualTo(403);
        assertThat(WebClient.basic(port, "sysadmin", Api.PASSWORD).postJson("/api/security/tokens",
                Map.of("labCode", "LAB1", "name", "x")).status()).isEqualTo(403);
    }
}
