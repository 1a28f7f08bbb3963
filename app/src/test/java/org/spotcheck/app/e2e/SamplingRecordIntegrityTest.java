package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 point 7 (the sampling record is sealed with 现场抽样; later files are separate, attributed
 * case documents) and the gaps of point 2 (the draw's insiders are of the plan's own authority; the
 * lab sees a case only once sampled; one "sampled" event reveals the draw on the API and the page),
 * through real HTTP.
 */
class SamplingRecordIntegrityTest extends SpotCheckE2e {

    /** An account the helper Api can log in with (it uses the demo password). */
    private String user(String prefix, String orgCode, String regionCode, Role... roles) {
        String name = fixtures.account(prefix, orgCode, "AUTHORITY", regionCode, roles);
        accounts.updatePassword(name, passwords.encode(Api.PASSWORD), false, Instant.now());
        return name;
    }

    @Test
    void theSealedRecordKeepsItsPhotosAndEveryLaterFileIsAnAttributedCaseDocument() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER", "320104"));
        List<String> drawn = flow.samplers(caseCode);
        String colleague = user("smp", "AUTH-320100", "320100", Role.SAMPLER);

        // while 现场抽样 is open: the drawn sampler's photo goes to the record; a colleague who was not drawn
        // does not even see the case yet (issue 12.2: 404, see DrawSecrecyForSamplersTest)
        long onSite = api.upload(drawn.get(0), caseCode, "PHOTO", "现场.png", "image/png", Api.PNG).get("id").asLong();
        Api.Response early = api.upload(colleague, caseCode, "PHOTO", "p.png", "image/png", Api.PNG);
        assertThat(early.status()).as(early.body()).isEqualTo(404);

        flow.sampledUnconfirmed(caseCode); // seals the record
        long sampleId = sampleOf(caseCode).get("id").asLong();
        assertThat(photoIds(drawn.get(0), sampleId)).containsExactly(onSite);

        // after sealing: the drawn sampler, the enterprise and a colleague each add a file
        long late = api.upload(drawn.get(0), caseCode, "PHOTO", "补拍.png", "image/png", Api.PNG).get("id").asLong();
        Api.Response fromEnterprise = api.upload("enterprise-b", caseCode, "EVIDENCE", "说明.png", "image/png", Api.PNG);
        assertThat(fromEnterprise.status()).as(fromEnterprise.body()).isEqualTo(201);
        Api.Response fromColleague = api.upload(colleague, caseCode, "PHOTO", "p.png", "image/png", Api.PNG);
        assertThat(fromColleague.status()).as(fromColleague.body()).isEqualTo(201);
        // the same upload checks as sampling photos
        Api.Response lying = api.upload("enterprise-b", caseCode, "EVIDENCE", "scan.jpg", "image/jpeg", Api.PNG);
        assertThat(lying.status()).isEqualTo(400);
        // the paper signature, taken after sealing, is a case document too, and the confirmation accepts it
        flow.confirmedOnPaper(caseCode);

        // the sealed record's files never changed
        assertThat(photoIds(drawn.get(0), sampleId)).containsExactly(onSite);
        assertThat(photoIds("planner", sampleId)).containsExactly(onSite);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment WHERE record_id = ?", Integer.class, sampleId)).isEqualTo(1);
        // each later file is a case document naming who added it, from which organisation
        List<String> documents = jdbc.queryForList("SELECT CONCAT(uploaded_by, '@', uploader_org_code) FROM smp_case_document"
                + " WHERE case_code = ? ORDER BY id", String.class, caseCode);
        assertThat(documents).containsExactly(drawn.get(0) + "@AUTH-320100", "enterprise-b@ENT-B", colleague + "@AUTH-320100",
                drawn.get(1) + "@AUTH-320100");

        // the case page lists them apart from the record's own files, with the uploader
        List<JsonNode> entries = api.get("planner", "/api/cases/" + caseCode).json().get("entries").valueStream().toList();
        assertThat(entries).filteredOn(e -> e.get("kind").asString().startsWith("ATTACHMENT_"))
                .extracting(e -> e.get("url").asString()).containsExactly("/api/attachments/" + onSite);
        List<JsonNode> later = entries.stream().filter(e -> e.get("kind").asString().startsWith("CASE_DOCUMENT_")).toList();
        assertThat(later).extracting(e -> e.get("actor").asString())
                .containsExactlyInAnyOrder(drawn.get(0), "enterprise-b", colleague, drawn.get(1));
        assertThat(later).filteredOn(e -> e.get("url").asString().equals("/api/attachments/" + late))
                .singleElement().satisfies(e -> assertThat(e.get("kind").asString()).isEqualTo("CASE_DOCUMENT_PHOTO"));
        String page = new Browserless(port, "planner").get("/cases/" + caseCode).body();
        assertThat(page).contains("抽样记录封存后追加的照片").contains("案件证据材料（不属抽样记录）");
        // each file described in plain words in the reader's language: its kind, its size in KB, who uploaded it by his
        // real name and when in Beijing time; never image/png, 70 B, never the uploader's organisation code (issue 17)
        String en = new Browserless(port, "planner").get("/cases/" + caseCode + "?lang=en").body();
        java.time.format.DateTimeFormatter beijing = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));
        for (JsonNode file : later) {
            String name = realName(file.get("actor").asString());
            String when = beijing.format(java.time.Instant.parse(file.get("endedAt").asString()));
            assertThat(page).contains(">图片 PNG，0.1 KB，由 " + name + " 于 " + when + " 上传<");
            assertThat(en).contains(">PNG image, 0.1 KB, uploaded by " + name + " on " + when + "<");
        }
        for (String body : List.of(page, en)) {
            String list = body.substring(body.indexOf("id=\"timeline\""));
            assertThat(list).doesNotContain("image/png").doesNotContain(" B<").doesNotContain("字节").doesNotContain(" · ")
                    .doesNotContain("AUTH-320100").doesNotContain("ENT-B");
        }
        // the enterprise sees its own case documents
        assertThat(api.get("enterprise-b", "/api/cases/" + caseCode).json().get("entries").valueStream()
                .anyMatch(e -> e.get("actor").asString().equals("enterprise-b"))).isTrue();
    }

    /** A person's name as documents print it: the display name without the post (抽样员 张伟 → 张伟). */
    private String realName(String username) {
        String display = jdbc.queryForObject("SELECT display_name FROM sys_user WHERE username = ?", String.class, username);
        String[] words = display.strip().split("\\s+");
        return words[words.length - 1];
    }

    @Test
    void aSamplerOutsideTheCasesScopeGets404AndADeniedAuditRow() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER", "320104"));
        flow.sampledUnconfirmed(caseCode);
        String stranger = user("smp", "AUTH-320500", "320500", Role.SAMPLER);
        int before = SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", caseCode);

        Api.Response upload = api.upload(stranger, caseCode, "PHOTO", "p.png", "image/png", Api.PNG);
        assertThat(upload.status()).as(upload.body()).isEqualTo(404);
        String door = "/api/cases/" + caseCode + "/attachments";
        List<JsonNode> rows = SecurityFixtures.awaitAudit(port, "actor=" + stranger + "&outcome=DENIED&limit=500",
                e -> e.get("target").asString().equals(door));
        assertThat(rows).hasSize(1);
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", caseCode)).isEqualTo(before);
        // another enterprise likewise
        assertThat(api.upload("enterprise-a", caseCode, "EVIDENCE", "p.png", "image/png", Api.PNG).status()).isEqualTo(404);
    }

    @Test
    void aPlannerOfAnotherAuthorityAndTheLabSeeNothingOfTheDrawUntilTheRecordIsSealed() {
        JsonNode plan = flow.submittedPlan("TISSUE_PAPER", "320104");
        String planCode = plan.get("code").asString();
        String caseCode = flow.approvedCase(plan);
        JsonNode task = api.get("planner", "/api/spot-check-tasks/" + caseCode).json();
        long drawId = task.get("enterpriseDrawId").asLong();
        String name = task.get("enterpriseName").asString();
        String labUser = task.get("labCode").asString().toLowerCase() + "-tester";
        String foreignPlanner = user("pln", "AUTH-320500", "320500", Role.PLANNER);
        String ownReviewer = user("rev", "AUTH-320100", "320100", Role.PLAN_REVIEWER);

        // 2a: insiders by the plan's authority, not by role
        assertThat(api.get(foreignPlanner, "/api/draws/" + drawId).json().get("result").size()).isZero();
        assertThat(api.get(foreignPlanner, "/api/draws/" + drawId).json().get("seed").isNull()).isTrue();
        assertThat(api.get(foreignPlanner, "/api/draws/" + drawId + "/verify").status()).isEqualTo(409);
        assertThat(api.get(ownReviewer, "/api/draws/" + drawId).json().get("result").get(0).asString()).isEqualTo("ENT-B");
        assertThat(api.get(ownReviewer, "/api/draws/" + drawId + "/verify").get("genuine").asBoolean()).isTrue();
        // 2b: the lab does not learn the enterprise before sampling, on the API or the page
        assertThat(api.get(labUser, "/api/spot-check-tasks/" + caseCode).status()).isEqualTo(404);
        assertThat(api.get(labUser, "/api/cases/" + caseCode).status()).isEqualTo(404);
        assertThat(new Browserless(port, labUser).get("/cases/" + caseCode).body()).doesNotContain(name);
        assertThat(publicItem(planCode).get("notYetRevealed").asInt()).isEqualTo(1);

        flow.sampledUnconfirmed(caseCode);

        // 2c: sealing the record is the "sampled" event: the public API, the draw's door and the page agree
        JsonNode item = publicItem(planCode);
        assertThat(item.get("drawnEnterprises").get(0).asString()).isEqualTo(name);
        assertThat(item.get("draws").get(0).get("revealed").asBoolean()).isTrue();
        assertThat(api.get(null, "/api/draws/" + drawId).get("revealed").asBoolean()).isTrue();
        assertThat(api.get(null, "/api/draws/" + drawId + "/verify").get("genuine").asBoolean()).isTrue();
        assertThat(api.get(foreignPlanner, "/api/draws/" + drawId).json().get("result").get(0).asString()).isEqualTo("ENT-B");
        String body = new Browserless(port, null).get("/public/plans").body();
        String card = body.substring(body.indexOf(planCode));
        assertThat(card.substring(0, card.indexOf("</table>"))).contains(name);
        // the sample was sealed and handed over to the lab: now it sees the case
        assertThat(api.get(labUser, "/api/spot-check-tasks/" + caseCode).status()).isEqualTo(200);
    }

    private JsonNode publicItem(String planCode) {
        for (JsonNode plan : api.get(null, "/api/public/plans").json()) {
            if (planCode.equals(plan.get("code").asString())) {
                return plan.get("items").get(0);
            }
        }
        throw new AssertionError("plan " + planCode + " is not public");
    }

    private JsonNode sampleOf(String caseCode) {
        return api.get("planner", "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
    }

    private List<Long> photoIds(String user, long sampleId) {
        return api.get(user, "/api/samples/" + sampleId).json().get("photos").valueStream().map(p -> p.get("id").asLong()).toList();
    }
}
