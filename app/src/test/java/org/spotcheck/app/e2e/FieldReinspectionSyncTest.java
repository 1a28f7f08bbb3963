package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.field.FieldSyncTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-inspection sampling through the offline app (issue 19.1): the sampler downloads the 复查抽样 step with its form (the
 * samples are supplied free: the schema fixes the amount paid to 0), fills it offline and sends it once with his
 * device's key; a repeat gets the first answer, and the record is the re-inspection's, with its photo.
 */
class FieldReinspectionSyncTest extends ResultHandlingE2e {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aReinspectionSamplingIsDownloadedWithItsFreeSampleFormAndRecordedOnce() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        List<String> drawn = flow.spotCheck().samplers(c.caseCode());
        String testSeal = FieldSyncTest.seal(api, drawn.get(0));
        String backupSeal = FieldSyncTest.seal(api, drawn.get(1));

        JsonNode kase = api.get(drawn.get(0), "/api/field/cases").json().get("cases").valueStream()
                .filter(k -> k.get("key").asString().equals(c.caseCode() + "_recordReinspectionSampling")).findFirst().orElseThrow();
        assertThat(kase.get("step").asString()).isEqualTo("recordReinspectionSampling");
        JsonNode amountPaid = kase.get("form").get("schema").get("then").get("properties").get("amountPaid");
        assertThat(amountPaid.get("const").asInt()).isZero();
        assertThat(amountPaid.get("readOnly").asBoolean()).isTrue();
        assertThat(kase.get("form").get("rules").get("/then/properties/amountPaid/const").asString()).isEqualTo("FREE_SAMPLE");

        Map<String, Object> form = SpotCheckFlow.samplingForm(flow.spotCheck().productCode(c.caseCode()), "RI" + System.nanoTime(), drawn);
        form.put("batchNumber", "20270101");
        form.put("testSealNumber", testSeal);
        form.put("backupSealNumber", backupSeal);
        form.put("amountPaid", "0");
        form.put("unitPrice", "0");
        String submission = JSON.writeValueAsString(Map.of("caseCode", c.caseCode(), "step", "recordReinspectionSampling",
                "outcome", "SAMPLED", "form", form));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = submit(drawn.get(0), key, submission);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode answer = Api.parse(first.body());
        assertThat(answer.get("step").asString()).isEqualTo("recordReinspectionSampling");
        HttpResponse<String> again = submit(drawn.get(0), key, submission);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        // the other device, with its own key: the step is gone, its form stays on the device
        HttpResponse<String> second = submit(drawn.get(1), UUID.randomUUID().toString(), submission);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(Api.parse(second.body()).get("rule").asString()).isEqualTo("FIELD_TASK_GONE");

        JsonNode sample = api.get(drawn.get(0), "/api/samples").json().valueStream()
                .filter(s -> s.get("sampleCode").asString().equals(answer.get("sampleCode").asString())).findFirst().orElseThrow();
        assertThat(sample.get("taskCode").asString()).isNotEqualTo(c.caseCode()); // the re-inspection's own record
        assertThat(sample.get("photos").size()).isEqualTo(1);
        assertThat(new java.math.BigDecimal(sample.get("amountPaid").asString())).isZero();
        assertThat(api.taskId(drawn.get(0), c.caseCode(), "recordReinspectionSampling")).isNull();
    }

    private HttpResponse<String> submit(String user, String key, String submission) {
        Api.Multipart multipart = new Api.Multipart()
                .part("submission", "text/plain; charset=UTF-8", submission.getBytes(StandardCharsets.UTF_8))
                .file("photos", "photo.png", "image/png", Api.PNG);
        return api.postMultipart(user, "/api/field/submissions", multipart, Map.of("Idempotency-Key", key));
    }
}
