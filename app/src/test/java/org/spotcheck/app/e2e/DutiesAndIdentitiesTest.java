package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.security.Totp;
import org.spotcheck.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 points 1, 3 and 4 through real HTTP: reserved identities, the three administrators kept
 * out of business records (三员分立) and their password resets, and refusals for records outside
 * the caller's data scope audited as DENIED.
 */
class DutiesAndIdentitiesTest extends SpotCheckE2e {

    // --- 13.1 reserved identities ---

    @Test
    void reservedUsernamesAreRefusedAtCreationAndNothingIsWritten() {
        WebClient sysadmin = WebClient.basic(port, "sysadmin", Api.PASSWORD);
        // "Ｓｙｓｔｅｍ" is full-width: NFKC makes it "system"
        for (String name : List.of("system", " System ", "Ｓｙｓｔｅｍ", "ADMIN", "root", "flowable", "kermit", "anonymous",
                "sys-ops", "system2", "systemd")) {
            WebClient.Reply reply = sysadmin.postJson("/api/admin/users",
                    Map.of("username", name, "displayName", "保留名", "orgCode", "AUTH-320500"));
            assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
            assertThat(reply.json().get("errors").get(0).get("rule").asString()).isEqualTo("RESERVED_USERNAME");
        }
        // ("system" itself may exist: the next test inserts one the way an older version could have)
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM sys_user WHERE LOWER(username) IN ('admin', "
                + "'root', 'flowable', 'kermit', 'anonymous', 'sys-ops', 'system2', 'systemd')")).isZero();
        // an ordinary name still passes
        WebClient.Reply ordinary = sysadmin.postJson("/api/admin/users",
                Map.of("username", "sysmon-" + System.nanoTime() % 100000, "displayName", "普通名", "orgCode", "AUTH-320500"));
        assertThat(ordinary.status()).as(ordinary.body()).isEqualTo(201);
    }

    @Test
    void anAccountNamedSystemIsNoSystemActorAndSeesNoOtherAuthoritysCase() {
        // an account an older version could have created: named "system", no roles, of another authority
        transactions.executeWithoutResult(s -> {
            if (accounts.find("system") == null) {
                accounts.insert("system", passwords.encode(SecurityFixtures.PASSWORD), "旧系统账户", "AUTH-320500", "AUTHORITY",
                        "320500", Instant.now());
            }
        });
        String planCode = new SpotCheckFlow(api).submittedPlan("PLASTIC_BAG").get("code").asString();
        assertThat(api.get("planner", "/api/cases/" + planCode).status()).isEqualTo(200);
        WebClient system = WebClient.basic(port, "system", SecurityFixtures.PASSWORD);
        assertThat(system.get("/api/cases/" + planCode).status()).isEqualTo(404);
        assertThat(system.get("/api/cases/" + planCode + "/diagram").status()).isEqualTo(404);
    }

    // --- 13.3 administrators out of the business ---

    @Test
    void theThreeAdministratorsAreRefusedOnCaseRecordsTasksAndAttachments() {
        SpotCheckFlow flow = new SpotCheckFlow(api);
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.sampled(caseCode);
        // the paper-signature photo, taken after sealing: a case document (issue 12.7), downloaded like any attachment
        long photo = jdbc.queryForObject("SELECT MAX(id) FROM smp_attachment WHERE task_code = ?", Long.class, caseCode);
        List<String> doors = List.of("/api/cases/" + caseCode, "/api/cases/" + caseCode + "/diagram",
                "/api/spot-check-tasks/" + caseCode, "/api/attachments/" + photo);
        for (String door : doors) {
            assertThat(api.get("planner", door).status()).as("planner " + door).isEqualTo(200);
        }
        for (String admin : List.of("sysadmin", "secadmin", "auditor")) {
            for (String door : doors) {
                WebClient.Reply reply = WebClient.basic(port, admin, Api.PASSWORD).get(door);
                assertThat(reply.status()).as(admin + " " + door).isEqualTo(403);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            }
            WebClient page = new WebClient(port);
            page.login(admin, Api.PASSWORD);
            assertThat(page.get("/cases/" + caseCode).status()).as(admin + " case page").isEqualTo(403);
            assertThat(page.get("/attachments/" + photo).status()).as(admin + " attachment page door").isEqualTo(403);
        }
    }

    @Test
    void onlyTheSecurityAdministratorResetsAnAdministratorsPasswordAndBothAreAudited() {
        String auditor = fixtures.account("aud", "AUTH-320100", "AUTHORITY", "320100", Role.AUDITOR);
        String before = accounts.find(auditor).passwordHash;

        WebClient sysadmin = WebClient.basic(port, "sysadmin", Api.PASSWORD);
        WebClient.Reply refused = sysadmin.postJson("/api/admin/users/" + auditor + "/reset-password", null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.rule()).isEqualTo("ADMIN_RESET_NEEDS_SECURITY_ADMIN");
        assertThat(accounts.find(auditor).passwordHash).isEqualTo(before);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=sysadmin&outcome=DENIED&limit=500",
                e -> e.get("target").asString().equals("/api/admin/users/" + auditor + "/reset-password"))).hasSize(1);

        WebClient secadmin = WebClient.basic(port, "secadmin", Api.PASSWORD);
        WebClient.Reply reset = secadmin.postJson("/api/security/users/" + auditor + "/reset-password", null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().get("username").asString()).isEqualTo(auditor);
        assertThat(accounts.find(auditor).passwordHash).isNotEqualTo(before);
        assertThat(accounts.find(auditor).mustChangePassword).isTrue();
        assertThat(SecurityFixtures.awaitAudit(port, "actor=secadmin&outcome=SUCCESS&limit=500",
                e -> e.get("target").asString().equals("/api/security/users/" + auditor + "/reset-password"))).hasSize(1);

        // the security administrator does not reset a business account: that is the system administrator's
        String planner = fixtures.account("pl", "AUTH-320100", "AUTHORITY", "320100", Role.PLANNER);
        WebClient.Reply business = secadmin.postJson("/api/security/users/" + planner + "/reset-password", null);
        assertThat(business.status()).isEqualTo(403);
        assertThat(business.rule()).isEqualTo("BUSINESS_RESET_NEEDS_SYSTEM_ADMIN");
        assertThat(sysadmin.postJson("/api/admin/users/" + planner + "/reset-password", null).status()).isEqualTo(200);
    }

    @Test
    void aPasswordResetClearsTheSecondFactorSoTheNewOwnerEnrolsAgain() {
        String approver = fixtures.account("appr", "AUTH-320100", "AUTHORITY", "320100", Role.PLAN_APPROVER);
        accounts.enableTotp(approver, Totp.newSecret(), Totp.step(Instant.now()) - 5);
        accounts.insertRecoveryCode(approver, "0".repeat(64));
        assertThat(new WebClient(port).login(approver, SecurityFixtures.PASSWORD).location()).endsWith("/login/totp");

        WebClient.Reply reset = WebClient.basic(port, "sysadmin", Api.PASSWORD)
                .postJson("/api/admin/users/" + approver + "/reset-password", null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String initial = reset.json().get("initialPassword").asString();

        assertThat(Boolean.TRUE.equals(accounts.find(approver).totpEnabled)).isFalse();
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM sys_recovery_code WHERE username = ?", approver)).isZero();
        // the page login with the new password is not challenged for the old authenticator
        WebClient page = new WebClient(port);
        String next = page.login(approver, initial).location();
        assertThat(next).doesNotEndWith("/login/totp");
        assertThat(next).containsAnyOf("/account/password", "/account/second-factor");
    }

    // --- 12.7 sampling record integrity (the drawn-sampler part) ---

    @Test
    void aSamplerOfTheAuthorityWhoWasNotDrawnCannotAddToTheSamplingRecord() {
        SpotCheckFlow flow = new SpotCheckFlow(api);
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = api.get("planner", "/api/spot-check-tasks/" + caseCode).json().get("samplerUsernames")
                .valueStream().map(JsonNode::asString).toList();
        String colleague = fixtures.account("smp", "AUTH-320100", "AUTHORITY", "320100", Role.SAMPLER);
        assertThat(drawn).doesNotContain(colleague);
        // the helper Api logs in with the demo password
        accounts.updatePassword(colleague, passwords.encode(Api.PASSWORD), false, Instant.now());
        int before = SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", caseCode);

        // issue 12.2: before sampling he does not even see the case (samplers see only their own case)
        assertThat(api.get(colleague, "/api/spot-check-tasks/" + caseCode).status()).as("not drawn: no tip-off").isEqualTo(404);
        assertThat(api.upload(colleague, caseCode, "PHOTO", "p.png", "image/png", Api.PNG).status()).isEqualTo(404);
        // one who sees the case for another duty (a planner who is also a sampler) may not add to its record either
        String plannerSampler = fixtures.account("psmp", "AUTH-320100", "AUTHORITY", "320100", Role.PLANNER, Role.SAMPLER);
        accounts.updatePassword(plannerSampler, passwords.encode(Api.PASSWORD), false, Instant.now());
        assertThat(api.get(plannerSampler, "/api/spot-check-tasks/" + caseCode).status()).isEqualTo(200);
        Api.Response upload = api.upload(plannerSampler, caseCode, "PHOTO", "p.png", "image/png", Api.PNG);
        assertThat(upload.status()).as(upload.body()).isEqualTo(403);
        assertThat(upload.rule()).isEqualTo("NOT_DRAWN_SAMPLER");
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", caseCode)).isEqualTo(before);
        // a drawn sampler adds his photo
        assertThat(api.upload(drawn.get(0), caseCode, "PHOTO", "p.png", "image/png", Api.PNG).status()).isEqualTo(201);
    }

    // --- 13.4 every refusal audited ---

    @Test
    void aProbeOfAnotherOrganisationsRecordIsAuditedAsDeniedAndAMissingRecordIsNot() {
        SpotCheckFlow flow = new SpotCheckFlow(api);
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.sampled(caseCode);
        JsonNode sample = api.get("sampler-a", "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        String owner = sample.get("enterpriseCode").asString();
        String other = owner.equals("ENT-A") ? "enterprise-b" : "enterprise-a";
        long sampleId = sample.get("id").asLong();

        // a record that does not exist: 404, no audit row
        String missing = "/api/samples/987654321";
        assertThat(api.get(other, missing).status()).isEqualTo(404);
        // another enterprise's case and sampling record: 404 as before, each audited DENIED naming the resource
        String caseDoor = "/api/cases/" + caseCode;
        String sampleDoor = "/api/samples/" + sampleId;
        WebClient.Reply probe = WebClient.basic(port, other, Api.PASSWORD).get(caseDoor);
        assertThat(probe.status()).isEqualTo(404);
        assertThat(probe.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(other, sampleDoor).status()).isEqualTo(404);

        List<JsonNode> caseRows = SecurityFixtures.awaitAudit(port, "actor=" + other + "&outcome=DENIED&limit=500",
                e -> e.get("target").asString().equals(caseDoor));
        assertThat(caseRows).hasSize(1);
        assertThat(caseRows.get(0).get("httpStatus").asInt()).isEqualTo(404);
        assertThat(caseRows.get(0).get("detail").asString()).contains(caseCode);
        List<JsonNode> sampleRows = SecurityFixtures.awaitAudit(port, "actor=" + other + "&outcome=DENIED&limit=500",
                e -> e.get("target").asString().equals(sampleDoor));
        assertThat(sampleRows).hasSize(1);
        assertThat(sampleRows.get(0).get("detail").asString()).contains("sample " + sampleId);
        // the missing record's request came before these, so its row would be there by now
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM sys_audit WHERE target = ?", missing)).isZero();

        // the page door too
        WebClient page = new WebClient(port);
        page.login(other, Api.PASSWORD);
        assertThat(page.get("/cases/" + caseCode).status()).isEqualTo(404);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=" + other + "&outcome=DENIED&limit=500",
                e -> e.get("target").asString().equals("/cases/" + caseCode))).hasSize(1);
    }
}
