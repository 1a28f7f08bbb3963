package org.spotcheck.app.workflow.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.e2e.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline sampling app's server side over real HTTP (issue 19): the download holds only the
 * cases the sampler was drawn for, with the rule's quantities and the seal ranges; a form sent with
 * its photos and an Idempotency-Key is recorded once, a repeat gets the first answer back, the same
 * key with another body is refused, the other device gets a conflict, and seal numbers outside the
 * ranges of the samplers present are refused by the server as the app refuses them offline.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class FieldSyncTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SAMPLERS = List.of("sampler-a", "sampler-b", "sampler-c", "sampler-d");
    /** The series issued for this run to each sampler (server port and sampler), see {@link #seal(Api, String)}. */
    private static final Map<String, String> SERIES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_SEAL = new java.util.concurrent.atomic.AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String caseCode;
    List<String> drawn;

    @BeforeEach
    void drawACase() {
        api = new Api(port);
        caseCode = approvedPlan(api) + "-01-01";
        drawn = api.get("planner", "/api/spot-check-tasks/" + caseCode).get("samplerUsernames").valueStream()
                .map(JsonNode::asString).toList();
    }

    @Test
    void theDownloadHoldsOnlyTheCasesTheSamplerWasDrawnForWithQuantitiesAndSealRanges() {
        JsonNode mine = api.get(drawn.get(0), "/api/field/cases").json();
        JsonNode kase = mine.get("cases").valueStream().filter(c -> c.get("caseCode").asString().equals(caseCode)).findFirst()
                .orElseThrow();
        assertThat(kase.get("rule").get("testPortion").asInt()).isPositive();
        assertThat(kase.get("enterprise").get("name").asString()).isNotBlank();
        assertThat(kase.get("samplers").valueStream().map(s -> s.get("username").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(drawn);
        assertThat(mine.get("sealRanges").valueStream().map(r -> r.get("samplerUsername").asString()).toList())
                .contains(drawn.get(0), drawn.get(1));
        assertThat(mine.get("rules").get("minSamplers").asInt()).isEqualTo(2);
        // the step's form as the server checks it (issue 19.4): the rule's quantities and two samplers are in its schema
        assertThat(kase.get("step").asString()).isEqualTo("recordSampling");
        assertThat(kase.get("key").asString()).isEqualTo(caseCode);
        JsonNode then = kase.get("form").get("schema").get("then").get("properties");
        assertThat(then.get("testQuantity").get("minimum").asInt()).isEqualTo(kase.get("rule").get("testPortion").asInt());
        assertThat(then.get("backupQuantity").get("minimum").asInt()).isEqualTo(kase.get("rule").get("backupPortion").asInt());
        assertThat(then.get("samplers").get("minItems").asInt()).isEqualTo(2);
        assertThat(then.get("testSealNumber").get("pattern").asString()).contains("[A-Za-z0-9-]{4,64}");
        assertThat(kase.get("form").get("rules").get("/then/properties/testQuantity/minimum").asString()).isEqualTo("BELOW_RULE_QUANTITY");
        assertThat(kase.get("form").get("rules").get("/then/allOf/0/then/required/photoIds").asString())
                .isEqualTo("ONLINE_SCREENSHOTS_REQUIRED");
        // the same schema as the task's own (GET /api/tasks/{id}): one definition
        assertThat(api.get(drawn.get(0), "/api/tasks/" + kase.get("taskId").asString()).json().get("form"))
                .isEqualTo(kase.get("form").get("schema"));
        assertThat(mine.get("forms").get("confirmSampling").get("rules").get("/allOf/0/then/required/signaturePhotoId").asString())
                .isEqualTo("SIGNATURE_PHOTO_REQUIRED");

        String notDrawn = SAMPLERS.stream().filter(s -> !drawn.contains(s)).findFirst().orElseThrow();
        assertThat(api.get(notDrawn, "/api/field/cases").json().get("cases").valueStream()
                .noneMatch(c -> c.get("caseCode").asString().equals(caseCode))).isTrue();
        assertThat(api.get("planner", "/api/field/cases").status()).isEqualTo(403);
        assertThat(api.get("enterprise-a", "/api/field/cases").status()).isEqualTo(403);
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndTheCaseHasExactlyOneRecordWithAllItsPhotos() throws Exception {
        String key = UUID.randomUUID().toString();
        String submission = submission(drawn.get(0), seal(api, drawn.get(0)), seal(api, drawn.get(1)));
        HttpResponse<String> first = submit(drawn.get(0), key, submission, List.of(Api.PNG, Api.PNG));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        HttpResponse<String> again = submit(drawn.get(0), key, submission, List.of(Api.PNG, Api.PNG));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        List<JsonNode> samples = api.get(drawn.get(0), "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).toList();
        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).get("photos").size()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", Integer.class, caseCode)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Integer.class, caseCode)).isEqualTo(1);
        assertThat(api.taskId(drawn.get(0), caseCode, "confirmSampling")).isNotNull();

        // the same key with another body: refused, nothing recorded
        HttpResponse<String> other = submit(drawn.get(0), key, submission.replace("绿洁", "白云"), List.of(Api.PNG, Api.PNG));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(Api.parse(other.body()).get("rule").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        // the same key with other photos: refused too
        assertThat(submit(drawn.get(0), key, submission, List.of(Api.PNG)).statusCode()).isEqualTo(422);

        // the second device (the other drawn sampler) sends its own form: a conflict naming who recorded it
        HttpResponse<String> second = submit(drawn.get(1), UUID.randomUUID().toString(),
                submission(drawn.get(1), seal(api, drawn.get(1)), seal(api, drawn.get(0))), List.of(Api.PNG));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        JsonNode problem = Api.parse(second.body());
        assertThat(problem.get("rule").asString()).isEqualTo("FIELD_ALREADY_SAMPLED");
        assertThat(problem.get("detail").asString()).contains("草稿");
        // it names the sampler who recorded it by name, never by login (ui17)
        String winner = jdbc.queryForObject("SELECT display_name FROM sys_user WHERE username = ?", String.class, drawn.get(0));
        assertThat(problem.get("detail").asString()).contains("该任务已由 " + winner + " 提交").doesNotContain(drawn.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", Integer.class, caseCode)).isEqualTo(2);
    }

    @Test
    void sealNumbersOutsideTheRangesOfTheSamplersPresentAreRefusedAndNothingIsKept() throws Exception {
        String absent = SAMPLERS.stream().filter(s -> !drawn.contains(s)).findFirst().orElseThrow();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = submit(drawn.get(0), key, submission(drawn.get(0), seal(api, absent), seal(api, drawn.get(1))),
                List.of(Api.PNG));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = Api.parse(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("testSealNumber");
        assertThat(error.get("rule").asString()).isEqualTo("SEAL_NOT_ISSUED");
        // a failed submission stores nothing: no photo, no key; the corrected form may reuse the key
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", Integer.class, caseCode)).isZero();
        HttpResponse<String> fixed = submit(drawn.get(0), key, submission(drawn.get(0), seal(api, drawn.get(0)), seal(api, drawn.get(1))),
                List.of(Api.PNG));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(201);
    }

    /**
     * Review (robust16): a submission stores its photos and then completes the step; when the completion is refused the
     * transaction rolls back, and its photos' files went with it only on the database side: the files stayed on disk,
     * named by no row. A file now appears when its row commits: a refused submission leaves no file (nor a temporary
     * one), an accepted one exactly one per photo, under the name its row gives.
     */
    @Test
    void aRefusedSubmissionLeavesNoFileOnDiskAndAnAcceptedOneExactlyOnePerPhoto() throws Exception {
        String absent = SAMPLERS.stream().filter(s -> !drawn.contains(s)).findFirst().orElseThrow();
        java.util.Set<String> before = uploadedFiles();
        HttpResponse<String> refused = submit(drawn.get(0), UUID.randomUUID().toString(),
                submission(drawn.get(0), seal(api, absent), seal(api, drawn.get(1))), List.of(Api.PNG, Api.PNG));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(difference(uploadedFiles(), before)).as("files left by the refused submission").isEmpty();

        HttpResponse<String> accepted = submit(drawn.get(0), UUID.randomUUID().toString(),
                submission(drawn.get(0), seal(api, drawn.get(0)), seal(api, drawn.get(1))), List.of(Api.PNG, Api.PNG));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        List<String> keys = jdbc.queryForList("SELECT file_key FROM smp_attachment WHERE task_code = ?", String.class, caseCode);
        assertThat(keys).hasSize(2);
        assertThat(difference(uploadedFiles(), before)).as("the accepted submission's files")
                .containsExactlyInAnyOrderElementsOf(keys.stream().map(k -> k + ".png").toList());
    }

    @org.springframework.beans.factory.annotation.Value("${spotcheck.uploads.dir}")
    String uploadsDir;

    private java.util.Set<String> uploadedFiles() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(uploadsDir);
        if (!java.nio.file.Files.isDirectory(dir)) {
            return java.util.Set.of();
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static java.util.Set<String> difference(java.util.Set<String> after, java.util.Set<String> before) {
        java.util.Set<String> added = new java.util.TreeSet<>(after);
        added.removeAll(before);
        return added;
    }

    @Test
    void aSealAlreadyOnAnotherRecordIsRefusedWithWhatToDoAndNothingIsKeptUntilANewSealIsUsed() throws Exception {
        // the seal (of no series) goes on another case's record first
        String elsewhere = approvedPlan(api) + "-01-01";
        List<String> elsewhereDrawn = api.get("planner", "/api/spot-check-tasks/" + elsewhere).get("samplerUsernames").valueStream()
                .map(JsonNode::asString).toList();
        String free = "FS" + System.nanoTime() + "-T";
        HttpResponse<String> first = submit(elsewhereDrawn.get(0), UUID.randomUUID().toString(),
                submission(elsewhere, elsewhereDrawn, free, "FS" + System.nanoTime() + "-B"), List.of(Api.PNG));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = submit(drawn.get(0), key, submission(drawn.get(0), free, seal(api, drawn.get(1))), List.of(Api.PNG));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = Api.parse(refused.body());
        assertThat(problem.get("rule").asString()).isEqualTo("SEAL_ALREADY_USED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("testSealNumber");
        assertThat(problem.get("detail").asString()).contains(free).contains("YP-" + elsewhere).contains("新的封条");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment WHERE task_code = ?", Integer.class, caseCode)).isZero();
        // the portion sealed again with a new seal: the form goes through, under the same key
        HttpResponse<String> fixed = submit(drawn.get(0), key, submission(drawn.get(0), seal(api, drawn.get(0)), seal(api, drawn.get(1))),
                List.of(Api.PNG));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(201);
    }

    @Test
    void aVisitWithoutASampleTakesItsPhotosAsEvidence() throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("reason", "NO_STOCK");
        form.put("note", "企业无待销产品");
        form.put("samplers", drawn);
        String submission = JSON.writeValueAsString(Map.of("caseCode", caseCode, "outcome", "NO_PRODUCT", "form", form));
        HttpResponse<String> none = submit(drawn.get(0), UUID.randomUUID().toString(), submission, List.of());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Api.parse(none.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("evidenceIds");
        HttpResponse<String> sent = submit(drawn.get(0), UUID.randomUUID().toString(), submission, List.of(Api.PNG));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(Api.parse(sent.body()).get("photoIds").size()).isEqualTo(1);
    }

    @Test
    void aSubmissionNeedsAKeyAndASamplerOutsideTheCaseGetsAConflict() throws Exception {
        String submission = submission(drawn.get(0), seal(api, drawn.get(0)), seal(api, drawn.get(1)));
        HttpResponse<String> noKey = submit(drawn.get(0), null, submission, List.of());
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(Api.parse(noKey.body()).get("errors").get(0).get("rule").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        String notDrawn = SAMPLERS.stream().filter(s -> !drawn.contains(s)).findFirst().orElseThrow();
        // a sampler who is not (or no longer) drawn for the case does not see it before sampling (issue 12.2: no
        // tip-off), so the answer is 404, which the app shows as a conflict and keeps the draft
        HttpResponse<String> reassigned = submit(notDrawn, UUID.randomUUID().toString(), submission, List.of());
        assertThat(reassigned.statusCode()).isEqualTo(404);
        assertThat(Api.parse(reassigned.body()).get("rule").asString()).isNotEqualTo("FIELD_REASSIGNED");
        // outside the sampler's authority: 404
        HttpResponse<String> elsewhere = submit("sampler-sz1", UUID.randomUUID().toString(), submission, List.of());
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    /**
     * A seal never used before (issue 19: a seal is used once, also across runs on a kept MariaDB database): the next
     * number of a series of its own, issued to the sampler by his authority's planner through the API the first time.
     * Call it before the sampler downloads his cases, so that the range is in his download.
     */
    public static String seal(Api api, String sampler) {
        String prefix = SERIES.computeIfAbsent(api.base() + "|" + sampler, k -> {
            String p = "T" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT) + "-";
            Api.Response issued = api.post(sampler.startsWith("sampler-sz") ? "planner-sz" : "planner", "/api/seal-ranges",
                    Map.of("prefix", p, "digits", 6, "firstNumber", 1, "lastNumber", 999_999, "samplerUsername", sampler));
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            return p;
        });
        return prefix + String.format("%06d", NEXT_SEAL.incrementAndGet());
    }

    /** A complete sampling form of the case, both drawn samplers present. */
    /** ui17: the claimed-by-other conflict names the sampler who claimed the case by name, not by login. */
    @Test
    void aCaseClaimedByTheOtherSamplerIsAConflictNamingThatSamplerByName() {
        String task = api.taskId(drawn.get(0), caseCode, "recordSampling");
        assertThat(api.post(drawn.get(0), "/api/tasks/" + task + "/claim", null).status()).isEqualTo(200);
        HttpResponse<String> late = submit(drawn.get(1), UUID.randomUUID().toString(),
                submission(drawn.get(1), seal(api, drawn.get(1)), seal(api, drawn.get(0))), List.of(Api.PNG));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        JsonNode problem = Api.parse(late.body());
        assertThat(problem.get("rule").asString()).isEqualTo("FIELD_CLAIMED_BY_OTHER");
        String holder = jdbc.queryForObject("SELECT display_name FROM sys_user WHERE username = ?", String.class, drawn.get(0));
        assertThat(problem.get("detail").asString()).startsWith("该任务已由 " + holder + " 签收办理").doesNotContain(drawn.get(0));
    }

    String submission(String recorder, String testSeal, String backupSeal) {
        return submission(caseCode, drawn, testSeal, backupSeal);
    }

    /** A complete sampling form of a case, both of its drawn samplers present. */
    static String submission(String caseCode, List<String> drawn, String testSeal, String backupSeal) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", "PRODUCTION");
        form.put("productName", "塑料购物袋");
        form.put("trademark", "绿洁");
        form.put("specification", "400×500mm/" + drawn.get(0) + "/" + System.nanoTime());
        form.put("productStandard", "GB/T 21661-2020");
        form.put("batchNumber", "20261101");
        form.put("stockOnHand", "2000个");
        form.put("testQuantity", 100);
        form.put("backupQuantity", 100);
        form.put("testSealNumber", testSeal);
        form.put("backupSealNumber", backupSeal);
        form.put("backupLocation", "ENTERPRISE");
        form.put("unitPrice", 0.5);
        form.put("amountPaid", 100);
        form.put("samplers", drawn);
        return JSON.writeValueAsString(Map.of("caseCode", caseCode, "outcome", "SAMPLED", "form", form));
    }

    HttpResponse<String> submit(String user, String key, String submission, List<byte[]> photos) {
        Api.Multipart form = new Api.Multipart().part("submission", "text/plain; charset=UTF-8", submission.getBytes(StandardCharsets.UTF_8));
        int i = 0;
        for (byte[] photo : photos) {
            form.file("photos", "photo-" + (i++) + ".png", "image/png", photo);
        }
        return api.postMultipart(user, "/api/field/submissions", form, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    public static String approvedPlan(Api api) {
        Api.Response drafted = api.post("planner", "/api/plans", Api.planCommand("离线抽样 " + System.nanoTime(), "PLASTIC_BAG", "320100", "LAB1"));
        long id = drafted.get("id").asLong();
        String code = api.post("planner", "/api/plans/" + id + "/submit", null).get("code").asString();
        api.complete("plan-reviewer", api.taskId("plan-reviewer", code, "reviewPlan"), Map.of("decision", "APPROVE"));
        api.complete("plan-approver", api.taskId("plan-approver", code, "approvePlan"), Map.of("decision", "APPROVE"));
        return code;
    }
}
