package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Uploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input suite (issue 7, point 8; S5 of reliability-security-performance.md): expression
 * strings in every text field are stored and shown as typed, never evaluated; unknown and
 * protected JSON fields are refused; query parameters are whitelisted; uploads are limited and
 * checked by magic bytes (the cases are in shared-kernel UploadsTest); XML external entities are off.
 */
class BadInputTest extends SpotCheckE2e {

    /** EL (Flowable JUEL), SpEL and Thymeleaf expressions that would show "1337" or a side effect if evaluated. */
    static final List<String> EXPRESSIONS = List.of("${7*191}", "#{7*191}", "__${7*191}__", "[[${7*191}]]", "*{7*191}",
            "${''.getClass().forName('java.lang.Runtime')}", "${execution.setVariable('pwned', 1)}", "${applicationContext}",
            "#{T(java.lang.System).setProperty('spotcheck.pwned', '1')}", "T(java.lang.Runtime).getRuntime().exec('id')",
            "${someSpringBean.delete()}", "<script>alert(1)</script>");

    static final List<String> PROTECTED = List.of("status", "enterpriseId", "labId", "assignee", "result", "approvedBy", "tenantId");

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    @Autowired
    SpringProcessEngineConfiguration engine;

    @Autowired
    Environment environment;

    private static String payload(int i) {
        return EXPRESSIONS.get(i % EXPRESSIONS.size());
    }

    @Test
    void expressionsInEveryTextFieldAreStoredAndShownAsTyped() {
        // planning: title, legal basis, review and approval comments
        String title = String.join(" ", EXPRESSIONS.subList(0, 5));
        String legalBasis = String.join(" ", EXPRESSIONS.subList(5, 10));
        Map<String, Object> command = new LinkedHashMap<>(Api.planCommand(title, "PLASTIC_BAG", "320100", "LAB1"));
        command.put("legalBasis", legalBasis);
        Api.Response drafted = api.post("planner", "/api/plans", command);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long planId = drafted.get("id").asLong();
        String planCode = api.post("planner", "/api/plans/" + planId + "/submit", null).get("code").asString();
        flow.decide("plan-reviewer", planCode, "reviewPlan", "APPROVE", payload(6));
        flow.decide("plan-approver", planCode, "approvePlan", "APPROVE", payload(8));
        JsonNode plan = api.get("planner", "/api/plans/" + planId).json();
        assertThat(plan.get("title").asString()).isEqualTo(title);
        assertThat(plan.get("legalBasis").asString()).isEqualTo(legalBasis);
        assertThat(plan.get("events").valueStream().map(e -> e.get("comment").asString("")).toList()).contains(payload(6), payload(8));

        // sampling: every free-text field of the sampling form
        String caseCode = planCode + "-01-01";
        List<String> drawn = new SpotCheckFlow(api).samplers(caseCode);
        String task = api.taskId(drawn.get(0), caseCode, "recordSampling");
        Map<String, Object> form = SpotCheckFlow.samplingForm("PLASTIC_BAG", "EXPR" + Math.abs(caseCode.hashCode()), drawn);
        form.put("productName", payload(0));
        form.put("trademark", payload(1));
        form.put("specification", payload(9));
        form.put("batchNumber", payload(3));
        form.put("stockOnHand", payload(11));
        assertThat(api.complete(drawn.get(0), task, form).status()).isEqualTo(204);
        JsonNode sample = api.get(drawn.get(0), "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        assertThat(sample.get("productName").asString()).isEqualTo(payload(0));
        assertThat(sample.get("trademark").asString()).isEqualTo(payload(1));
        assertThat(sample.get("specification").asString()).isEqualTo(payload(9));
        assertThat(sample.get("batchNumber").asString()).isEqualTo(payload(3));
        assertThat(sample.get("stockOnHand").asString()).isEqualTo(payload(11));

        new SpotCheckFlow(api).confirmedOnPaper(caseCode);
        // testing: the receipt note
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        Api.Response received = api.complete("lab1-tester", receive, Map.of("sampleCode", "YP-" + caseCode,
                "testSealNumber", form.get("testSealNumber"), "sealIntact", true, "note", payload(2)));
        assertThat(received.status()).as(received.body()).isEqualTo(204);

        // administration: names
        WebClient sysadmin = WebClient.basic(port, "sysadmin", Api.PASSWORD);
        String orgCode = "EXPR-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        assertThat(sysadmin.postJson("/api/admin/organisations", Map.of("code", orgCode, "orgType", "ENTERPRISE",
                "name", payload(0) + payload(11), "regionCode", "320102")).status()).isEqualTo(201);
        assertThat(sysadmin.get("/api/admin/organisations").json().valueStream().map(o -> o.get("name").asString()))
                .contains(payload(0) + payload(11));
        String user = "expr-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        assertThat(sysadmin.postJson("/api/admin/users", Map.of("username", user, "displayName", payload(8), "orgCode", orgCode))
                .status()).isEqualTo(201);
        assertThat(WebClient.basic(port, "secadmin", Api.PASSWORD).postJson("/api/security/tokens",
                Map.of("labCode", "LAB1", "name", payload(4), "validDays", 1)).json().get("name").asString()).isEqualTo(payload(4));

        // nothing was evaluated: no side effect, no variable, no computed value
        assertThat(System.getProperty("spotcheck.pwned")).isNull();
        assertThat(history.createHistoricVariableInstanceQuery().variableName("pwned").count()).isZero();
        // and the pages show the text as typed (HTML-escaped, never interpreted)
        WebClient planner = new WebClient(port);
        planner.login("planner", Api.PASSWORD);
        String planPage = planner.get("/plans/" + planId).body();
        assertThat(planPage).contains("${7*191}", "#{7*191}", "__${7*191}__", "[[${7*191}]]", "*{7*191}").doesNotContain("1337");
        String casePage = planner.get("/cases/" + planCode).body();
        assertThat(casePage).contains(html(payload(6)));
        WebClient sampler = new WebClient(port);
        sampler.login(drawn.get(0), Api.PASSWORD);
        assertThat(sampler.get("/cases/" + caseCode).status()).isEqualTo(200);
        WebClient admin = new WebClient(port);
        admin.login("sysadmin", Api.PASSWORD);
        String users = admin.get("/admin/users?name=" + user).body(); // the list is paged: search for it
        assertThat(users).contains(html(payload(8))).doesNotContain("<script>alert(1)</script>");
        String orgs = admin.get("/admin/organisations").body();
        assertThat(orgs).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("1337");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void unknownAndProtectedJsonFieldsAreRefusedEverywhere() {
        int plans = count("pln_plan");
        for (String field : PROTECTED) {
            Map<String, Object> command = new LinkedHashMap<>(Api.planCommand("受保护字段", "PLASTIC_BAG", "320100", "LAB1"));
            command.put(field, "APPROVED");
            Api.Response refused = api.post("planner", "/api/plans", command);
            assertThat(refused.status()).as(field).isEqualTo(400);
            assertThat(refused.errorFields()).as(field).containsExactly(field);
            Map<String, Object> item = new LinkedHashMap<>(castList(command.get("items")).get(0));
            item.put(field, "LAB2");
            command.remove(field);
            command.put("items", List.of(item));
            assertThat(api.post("planner", "/api/plans", command).errorFields()).as("items[0]." + field).containsExactly("items[0]." + field);
        }
        assertThat(count("pln_plan")).isEqualTo(plans);

        // a task form: the review decision cannot carry an assignee, a status or a result
        String planCode = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String review = api.taskId("plan-reviewer", planCode, "reviewPlan");
        for (String field : PROTECTED) {
            Api.Response refused = api.complete("plan-reviewer", review, Map.of("decision", "APPROVE", field, "plan-reviewer"));
            assertThat(refused.status()).as(field).isEqualTo(400);
        }
        assertThat(api.taskId("plan-reviewer", planCode, "reviewPlan")).isEqualTo(review);

        // the administration bodies
        WebClient sysadmin = WebClient.basic(port, "sysadmin", Api.PASSWORD);
        WebClient secadmin = WebClient.basic(port, "secadmin", Api.PASSWORD);
        for (String field : PROTECTED) {
            assertThat(sysadmin.postJson("/api/admin/users", Map.of("username", "prot-x", "displayName", "x", "orgCode", "LAB1",
                    field, "x")).status()).as(field).isEqualTo(400);
            assertThat(sysadmin.postJson("/api/admin/organisations", Map.of("code", "PROT-X", "orgType", "LAB", "name", "x",
                    "regionCode", "320100", field, "x")).status()).as(field).isEqualTo(400);
            assertThat(secadmin.postJson("/api/security/users/planner/roles", Map.of("role", "PLAN_REVIEWER", field, "x")).status())
                    .as(field).isEqualTo(400);
            assertThat(secadmin.postJson("/api/security/tokens", Map.of("labCode", "LAB1", "name", "x", field, "x")).status())
                    .as(field).isEqualTo(400);
            assertThat(WebClient.basic(port, "planner", Api.PASSWORD).postJson("/api/account/password",
                    Map.of("currentPassword", "x", "newPassword", "y", field, "x")).status()).as(field).isEqualTo(400);
        }
        assertThat(count("sys_user WHERE username = 'prot-x'")).isZero();
        assertThat(accountsWithRole("planner", "PLAN_REVIEWER")).isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private int accountsWithRole(String username, String role) {
        return count("sys_user_role WHERE username = '" + username + "' AND role = '" + role + "'");
    }

    @Test
    void oversizedAndDeeplyNestedBodiesAreRefused() {
        Api.Response huge = api.post("planner", "/api/plans", Api.planCommand("x".repeat(1_000_000), "PLASTIC_BAG", "320100", "LAB1"));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.errorFields()).contains("title");
        String deep = "{\"title\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        assertThat(api.post("planner", "/api/plans", deep).status()).isEqualTo(400);
    }

    @Test
    void queryParametersAreWhitelistedPerEndpoint() {
        assertThat(api.get("planner", "/api/plans?sort=id%3Bselect%20sleep(5)").status()).isEqualTo(400);
        assertThat(api.get("planner", "/api/plans?order=desc,(select%201)").status()).isEqualTo(400);
        Api.Response filter = api.get("sampler-a", "/api/samples?enterpriseCode=ENT-B");
        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.errorFields()).containsExactly("enterpriseCode");
        assertThat(api.get("lab1-tester", "/api/tasks?assignee=lab2-tester").status()).isEqualTo(400);
        assertThat(api.get("planner", "/api/plans?lang=en").status()).isEqualTo(200);
        WebClient auditor = WebClient.basic(port, "auditor", Api.PASSWORD);
        assertThat(auditor.get("/api/audit?sort=seq%3Bdrop%20table%20sys_audit").status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit?sort=seq&order=asc").status()).isEqualTo(200);
    }

    @Test
    void uploadsAreLimitedTo10MbAndCheckedByMagicBytes() {
        // the multipart limit and the shared check agree; the S5 file cases are in shared-kernel UploadsTest
        assertThat(environment.getProperty("spring.servlet.multipart.max-file-size", DataSize.class).toBytes()).isEqualTo(Uploads.MAX_BYTES);
        assertThatThrownBy(() -> Uploads.check("file", "report.pdf", "<html>".getBytes(StandardCharsets.UTF_8),
                java.util.Set.of(Uploads.FileType.PDF))).hasMessageContaining("PDF");
    }

    @Test
    void xmlExternalEntitiesAreOff() throws IOException {
        assertThat(engine.isEnableSafeBpmnXml()).isTrue();
        Path secret = Files.createTempFile("xxe", ".txt");
        Files.writeString(secret, "TOP-SECRET-XXE");
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "%s">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <process id="xxe" name="&xxe;" isExecutable="true">
                    <startEvent id="start"/><sequenceFlow id="f" sourceRef="start" targetRef="end"/><endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(secret.toUri());
        try {
            // refused outright (Flowable 8 also refuses the DTD without the flag: the flag is defence in depth),
            // and the file's content appears nowhere
            assertThatThrownBy(() -> repository.createDeployment().name("xxe").addString("xxe.bpmn20.xml", xxe).deploy())
                    .isInstanceOf(RuntimeException.class)
                    .satisfies(e -> {
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            assertThat(String.valueOf(t.getMessage())).doesNotContain("TOP-SECRET-XXE");
                        }
                    });
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xxe").count()).isZero();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionName("TOP-SECRET-XXE").count()).isZero();
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    private int count(String tableAndWhere) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndWhere, Integer.class);
        return n == null ? 0 : n;
    }
}
