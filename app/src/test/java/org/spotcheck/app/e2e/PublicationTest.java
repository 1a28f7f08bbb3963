package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Notice service and 一公开: the notice PDF, and publication only of final results after a redaction review. */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngineConfiguration engine;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    Api api;
    ResultHandlingFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        flow = new ResultHandlingFlow(api, engine, management, runtime);
    }

    @AfterEach
    void resetClock() {
        flow.resetClock();
    }

    @Test
    void aResultIsHeldWhileTheObjectionIsOpenAndPublishedOnlyAfterTheRedactionReview() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        String spec = flow.sampleOf(c.caseCode()).get("specification").asString();
        JsonNode publication = publicationOf(c);
        assertThat(publication.get("status").asString()).isEqualTo("HELD");
        assertThat(release(publication.get("id").asLong(), true).rule()).isEqualTo("PUBLICATION_HELD");

        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        Api.Response duringObjection = release(publication.get("id").asLong(), true);
        assertThat(duringObjection.status()).isEqualTo(422);
        assertThat(duringObjection.rule()).isEqualTo("PUBLICATION_HELD");
        assertThat(publicResults()).doesNotContain(spec);

        flow.decideObjection(c, "REJECT", "不属于复检范围");
        assertThat(publicationOf(c).get("status").asString()).isEqualTo("PENDING_REVIEW");
        Api.Response unchecked = release(publication.get("id").asLong(), false);
        assertThat(unchecked.status()).isEqualTo(400);
        assertThat(unchecked.errorFields()).containsExactly("redactionChecked");
        assertThat(api.post(c.enterprise(), "/api/disposal/publications/" + publication.get("id").asLong() + "/release",
                releaseForm(publication.get("id").asLong(), true)).status()).isEqualTo(403);
        assertThat(publicResults()).doesNotContain(spec);

        Api.Response released = release(publication.get("id").asLong(), true);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.get("status").asString()).isEqualTo("RELEASED");
        assertThat(released.get("reviewedBy").asString()).isEqualTo("officer");
        // anyone, without login: the API and the page
        Api.Response publicApi = api.get(null, "/api/public/results");
        assertThat(publicApi.status()).isEqualTo(200);
        JsonNode shown = publicApi.json().valueStream().filter(r -> spec.equals(r.get("specification").asString())).findFirst().orElseThrow();
        assertThat(shown.get("conclusionText").asString()).isEqualTo("不合格（一般不合格）");
        assertThat(shown.get("failedItemsText").asString()).contains("亮度");
        assertThat(shown.has("reviewedBy")).isFalse();
        assertThat(api.get(null, "/public/results").body()).contains(spec);
        assertThat(release(publication.get("id").asLong(), true).status()).isEqualTo(409);
        // the pages: the review list of the authority, the enterprise's own results only
        assertThat(new Browserless(port, "officer").get("/disposal/publications").body()).contains(c.caseCode()).contains("已公开");
        assertThat(new Browserless(port, c.enterprise()).get("/disposal/cases").body()).contains(c.caseCode());
        assertThat(new Browserless(port, c.otherEnterprise()).get("/disposal/cases").body()).doesNotContain(c.caseCode());
    }

    @Test
    void theNoticeIsAPdfForTheEnterpriseAndTheServiceIsRecordedWithNotificationsInTheCaseLog() throws Exception {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        assertThat(api.get("officer", "/api/disposal/cases/" + c.caseId() + "/notice.pdf").status()).isEqualTo(409);
        // sent in the system: served only when the enterprise acknowledges it online
        flow.serve(c, LocalDate.now(ResultHandlingFlow.CHINA).minusDays(5), "IN_APP");
        JsonNode sent = flow.caseById("officer", c.caseId());
        assertThat(sent.get("status").asString()).isEqualTo("NOTICE_SENT");
        assertThat(sent.get("servedAt").isNull()).isTrue();
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "fileObjection")).isNull();
        List<String> log = sent.get("events").valueStream().map(e -> e.get("action").asString() + " " + e.get("comment").asString()).toList();
        assertThat(log).anyMatch(e -> e.startsWith("NOTIFICATION → " + ("enterprise-a".equals(c.enterprise()) ? "ENT-A" : "ENT-B")));
        assertThat(log).anyMatch(e -> e.startsWith("EMAIL_INTENT"));

        byte[] pdf = api.getBytes(c.enterprise(), "/api/disposal/cases/" + c.caseId() + "/notice.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("检验结果通知书").contains(sent.get("enterpriseName").asString()).contains(sent.get("reportNo").asString())
                .contains("亮度").contains("十五日内");
        // sampled on production (not from a seller): there is no producer's copy
        assertThat(api.get("officer", "/api/disposal/cases/" + c.caseId() + "/notice.pdf?recipient=PRODUCER").status()).isEqualTo(404);

        Browserless enterprise = new Browserless(port, c.enterprise());
        String ack = api.taskId(c.enterprise(), c.caseCode(), "acknowledgeNotice");
        assertThat(enterprise.get("/tasks/" + ack).body()).contains("id=\"notice-pdf\"").contains("name=\"acknowledged\"");
        assertThat(enterprise.completeTask(ack, Map.of("acknowledged", List.of("true"))).status()).isEqualTo(302);
        JsonNode served = flow.caseById(c.enterprise(), c.caseId());
        assertThat(served.get("status").asString()).isEqualTo("NOTIFIED");
        // the clock starts at the acknowledgement (today), not when it was sent or issued
        assertThat(served.get("objectionDeadline").asString()).isEqualTo(LocalDate.now(ResultHandlingFlow.CHINA).plusDays(15).toString());
        String objection = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        assertThat(enterprise.get("/tasks/" + objection).body()).contains("name=\"disputedItems\"").contains("TP-07").contains("TP-09")
                .doesNotContain("value=\"TP-01\"");
    }

    private JsonNode publicationOf(ResultHandlingFlow.Case c) {
        return api.get("officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "RESULT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
    }

    private Api.Response release(long id, boolean checked) {
        return api.post("officer", "/api/disposal/publications/" + id + "/release", releaseForm(id, checked));
    }

    /** The draft's texts as the reviewer keeps them, and the reviewer's confirmation. */
    private Map<String, Object> releaseForm(long id, boolean checked) {
        JsonNode draft = api.get("officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("id").asLong() == id).findFirst().orElseThrow();
        Map<String, Object> form = new LinkedHashMap<>();
        for (String field : List.of("enterpriseName", "productName", "trademark", "specification", "batchNumber", "conclusionText",
                "failedItemsText")) {
            form.put(field, draft.get(field).isNull() ? null : draft.get(field).asString());
        }
        form.put("redactionChecked", checked);
        return form;
    }

    private String publicResults() {
        return api.get(null, "/api/public/results").body();
    }
}
