package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Notice service and 一公开: the notice PDF, and publication only of final results after a redaction review. */
class PublicationTest extends ResultHandlingE2e {

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
                releaseForm(true, Map.of())).status()).isEqualTo(403);
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
    void theReviewerSeesWhatWillBePublishedAndAWithheldFieldIsNeitherOnThePublicPageNorInTheApi() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        String spec = flow.sampleOf(c.caseCode()).get("specification").asString();
        JsonNode publication = publicationOf(c);
        long id = publication.get("id").asLong();
        assertThat(publication.get("status").asString()).isEqualTo("PENDING_REVIEW");

        // the review page shows every text exactly as it will be published, with a checkbox and a reason per redactable field
        Browserless officer = new Browserless(port, "officer");
        Browserless.Page review = officer.get("/disposal/publications");
        assertThat(review.body()).contains(spec).contains(publication.get("enterpriseName").asString())
                .contains("name=\"withheld\" value=\"specification\"").contains("name=\"reasons.specification\"")
                .doesNotContain("name=\"withheld\" value=\"conclusionText\"");

        // a withheld field needs a reason; the product and the conclusion are always public
        Api.Response noReason = api.post("officer", "/api/disposal/publications/" + id + "/release",
                releaseForm(true, Map.of("specification", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reasons.specification");
        assertThat(noReason.json().get("errors").get(0).get("rule").asString()).isEqualTo("REDACTION_REASON_REQUIRED");
        Api.Response conclusion = api.post("officer", "/api/disposal/publications/" + id + "/release",
                releaseForm(true, Map.of("conclusionText", "不想公开")));
        assertThat(conclusion.status()).isEqualTo(400);
        assertThat(conclusion.errorFields()).containsExactly("withheld");
        assertThat(conclusion.json().get("errors").get(0).get("rule").asString()).isEqualTo("NOT_REDACTABLE");
        // from the page: the error beside the reason field, the box still ticked, nothing released
        Browserless.Page refused = officer.post("/disposal/publications/" + id + "/release",
                Map.of("withheld", List.of("specification"), "reasons.specification", List.of(""), "redactionChecked", List.of("true")),
                review.csrf());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"reasons.specification-" + id + "-error\"").contains("不予公开须说明理由");
        assertThat(publicationOf(c).get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(publicResults()).doesNotContain(spec);

        Browserless.Page released = officer.post("/disposal/publications/" + id + "/release",
                Map.of("withheld", List.of("specification"), "reasons.specification", List.of("规格型号含企业未公开的新品型号（商业秘密）"),
                        "redactionChecked", List.of("true")), refused.csrf());
        assertThat(released.status()).isEqualTo(302);
        JsonNode done = publicationOf(c);
        assertThat(done.get("status").asString()).isEqualTo("RELEASED");
        assertThat(done.get("specification").asString()).as("the authority keeps the text it prepared").isEqualTo(spec);
        assertThat(done.get("redactions").get(0).get("field").asString()).isEqualTo("specification");
        assertThat(done.get("redactions").get(0).get("reason").asString()).contains("商业秘密");
        assertThat(done.get("redactions").get(0).get("redactedBy").asString()).isEqualTo("officer");

        // the public API: the field is null and named as withheld; its text is nowhere
        Api.Response publicApi = api.get(null, "/api/public/results");
        assertThat(publicApi.body()).doesNotContain(spec);
        JsonNode shown = publicApi.json().valueStream()
                .filter(r -> r.get("releasedAt").asString().equals(done.get("releasedAt").asString())).findFirst().orElseThrow();
        assertThat(shown.get("specification").isNull()).isTrue();
        assertThat(shown.get("withheld").valueStream().map(JsonNode::asString).toList()).containsExactly("specification");
        assertThat(shown.get("batchNumber").asString()).isEqualTo(done.get("batchNumber").asString());
        assertThat(shown.get("conclusionText").asString()).isEqualTo("不合格（一般不合格）");
        // the public page: shown as withheld
        String page = Browserless.anonymous(port).get("/public/results").body();
        assertThat(page).doesNotContain(spec).contains("不予公开</td>");
        // the authority's list says what was withheld and why
        assertThat(officer.get("/disposal/publications").body()).contains("data-withheld=\"specification\"").contains("商业秘密");
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
        // the page's link opens the PDF in the enterprise's session (the API door takes no session)
        assertThat(enterprise.get("/tasks/" + ack).body()).contains("href=\"/disposal/cases/" + c.caseId() + "/notice.pdf\"");
        Browserless.Page pagePdf = enterprise.get("/disposal/cases/" + c.caseId() + "/notice.pdf");
        assertThat(pagePdf.status()).isEqualTo(200);
        assertThat(pagePdf.body()).startsWith("%PDF");
        assertThat(new Browserless(port, c.otherEnterprise()).get("/disposal/cases/" + c.caseId() + "/notice.pdf").status()).isEqualTo(404);
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
        return api.post("officer", "/api/disposal/publications/" + id + "/release", releaseForm(checked, Map.of()));
    }

    /** The reviewer's decision: the fields withheld with their reasons, and the confirmation. */
    static Map<String, Object> releaseForm(boolean checked, Map<String, String> withheld) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("withheld", List.copyOf(withheld.keySet()));
        form.put("reasons", withheld);
        form.put("redactionChecked", checked);
        return form;
    }

    private String publicResults() {
        return api.get(null, "/api/public/results").body();
    }
}
