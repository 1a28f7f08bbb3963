package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spotcheck.sampling.api.IssueSealRangeCommand;
import org.spotcheck.sampling.api.IssuedSealRangeView;
import org.spotcheck.sampling.api.SealRangeApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19: the authority's planner issues numbered seal ranges to its samplers and withdraws them (API and page), and
 * a seal is used once, through the API and the task page, over real HTTP on the real database.
 */
class SealRangeTest extends SpotCheckE2e {

    /** A series of its own for each test, so that runs on a kept database never meet. */
    private static String series() {
        return "R" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT) + "-";
    }

    private static Map<String, Object> range(String prefix, int digits, long first, long last, String sampler) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("prefix", prefix);
        range.put("digits", digits);
        range.put("firstNumber", first);
        range.put("lastNumber", last);
        range.put("samplerUsername", sampler);
        return range;
    }

    private static List<String> seriesIn(JsonNode download) {
        return download.get("sealRanges").valueStream().map(r -> r.get("prefix").asString()).toList();
    }

    @Test
    void anIssuedRangeIsDownloadedAndOnceWithdrawnDropsOutAndAllowsNoNewSealWhileTheSealsUsedStayValid() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String prefix = series();
        Api.Response issued = api.post("planner", "/api/seal-ranges", range(prefix, 4, 1, 10, drawn.get(0)));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long id = issued.get("id").asLong();
        assertThat(issued.get("first").asString()).isEqualTo(prefix + "0001");
        assertThat(issued.get("last").asString()).isEqualTo(prefix + "0010");
        assertThat(issued.get("issuedBy").asString()).isEqualTo("planner");
        assertThat(issued.json().get("withdrawnAt").isNull()).isTrue();
        assertThat(api.get("planner", "/api/seal-ranges").json().valueStream().map(r -> r.get("id").asLong())).contains(id);
        assertThat(api.get("planner", "/api/seal-ranges/" + id).get("prefix").asString()).isEqualTo(prefix);
        // the authority's samplers take it out with their cases; another authority's do not see it
        assertThat(seriesIn(api.get(drawn.get(0), "/api/field/cases").json())).contains(prefix);
        assertThat(seriesIn(api.get("sampler-sz1", "/api/field/cases").json())).doesNotContain(prefix);

        Map<String, Object> form = SpotCheckFlow.samplingForm("PLASTIC_BAG", "WD" + System.nanoTime(), drawn);
        form.put("testSealNumber", prefix + "0001");
        Api.Response sampled = api.complete(drawn.get(0), api.taskId(drawn.get(0), caseCode, "recordSampling"), form);
        assertThat(sampled.status()).as(sampled.body()).isEqualTo(204);

        Api.Response withdrawn = api.post("planner", "/api/seal-ranges/" + id + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.get("withdrawnBy").asString()).isEqualTo("planner");
        Api.Response again = api.post("planner", "/api/seal-ranges/" + id + "/withdraw", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.rule()).isEqualTo("SEAL_RANGE_WITHDRAWN");
        assertThat(seriesIn(api.get(drawn.get(0), "/api/field/cases").json())).doesNotContain(prefix);

        // no new seal from the withdrawn range
        String other = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> otherDrawn = flow.samplers(other);
        Map<String, Object> late = SpotCheckFlow.samplingForm("PLASTIC_BAG", "WL" + System.nanoTime(), otherDrawn);
        late.put("testSealNumber", prefix + "0002");
        Api.Response refused = api.complete(otherDrawn.get(0), api.taskId(otherDrawn.get(0), other, "recordSampling"), late);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("SEAL_NOT_ISSUED");
        // the seal used before the withdrawal stays on its record
        assertThat(api.get(drawn.get(0), "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode))
                .map(s -> s.get("testSealNumber").asString())).containsExactly(prefix + "0001");
    }

    @Test
    void aRangeThatOverlapsIsReversedDoesNotFitItsDigitsOrGoesToAnotherAuthoritysSamplerIsRefusedNamingFieldAndRule() {
        String prefix = series();
        assertThat(api.post("planner", "/api/seal-ranges", range(prefix, 6, 1, 100, "sampler-a")).status()).isEqualTo(201);

        Api.Response overlap = api.post("planner", "/api/seal-ranges", range(prefix.toLowerCase(Locale.ROOT), 6, 100, 150, "sampler-b"));
        assertThat(overlap.status()).as(overlap.body()).isEqualTo(400);
        JsonNode error = overlap.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("firstNumber");
        assertThat(error.get("rule").asString()).isEqualTo("SEAL_RANGE_OVERLAPS");
        assertThat(error.get("message").asString()).contains("重叠").contains(prefix + "000001");
        assertThat(overlap.body()).doesNotContain("shares numbers"); // Chinese by default

        Api.Response reversed = api.post("planner", "/api/seal-ranges", range(series(), 6, 20, 10, "sampler-b"));
        assertThat(reversed.json().get("errors").get(0).get("field").asString()).isEqualTo("lastNumber");
        assertThat(reversed.json().get("errors").get(0).get("rule").asString()).isEqualTo("SEAL_RANGE_REVERSED");

        Api.Response tooLong = api.post("planner", "/api/seal-ranges", range(series(), 3, 1, 1000, "sampler-b"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("lastNumber");
        assertThat(tooLong.json().get("errors").get(0).get("rule").asString()).isEqualTo("SEAL_NUMBER_TOO_LONG");

        for (String notOurs : List.of("sampler-sz1", "planner", "nobody-" + System.nanoTime())) {
            Api.Response refused = api.post("planner", "/api/seal-ranges", range(series(), 6, 1, 10, notOurs));
            assertThat(refused.status()).as(notOurs).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("samplerUsername");
            assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("SAMPLER_NOT_OF_AUTHORITY");
        }
        Api.Response badPrefix = api.post("planner", "/api/seal-ranges", range("NJ 2026", 6, 1, 10, "sampler-a"));
        assertThat(badPrefix.errorFields()).containsExactly("prefix");

        // a series belongs to its authority: another authority may number its own seals alike
        assertThat(api.post("planner-sz", "/api/seal-ranges", range(prefix, 6, 1, 100, "sampler-sz1")).status()).isEqualTo(201);
        // a sampler does not issue seals to himself
        assertThat(api.post("sampler-a", "/api/seal-ranges", range(series(), 6, 1, 10, "sampler-a")).status()).isEqualTo(403);
        // once the first range is withdrawn its numbers may be issued again
        long first = api.get("planner", "/api/seal-ranges").json().valueStream()
                .filter(r -> r.get("prefix").asString().equals(prefix)).findFirst().orElseThrow().get("id").asLong();
        assertThat(api.post("planner", "/api/seal-ranges/" + first + "/withdraw", null).status()).isEqualTo(200);
        assertThat(api.post("planner", "/api/seal-ranges", range(prefix, 6, 100, 150, "sampler-b")).status()).isEqualTo(201);
    }

    @Test
    void anotherAuthoritysRangeIsNotFoundAndUnchanged() {
        Api.Response issued = api.post("planner", "/api/seal-ranges", range(series(), 6, 1, 10, "sampler-a"));
        long id = issued.get("id").asLong();
        assertThat(api.get("planner-sz", "/api/seal-ranges/" + id).status()).isEqualTo(404);
        assertThat(api.post("planner-sz", "/api/seal-ranges/" + id + "/withdraw", null).status()).isEqualTo(404);
        assertThat(api.get("planner-sz", "/api/seal-ranges").json().valueStream().map(r -> r.get("id").asLong())).doesNotContain(id);
        assertThat(api.get("planner", "/api/seal-ranges/" + id).json().get("withdrawnAt").isNull()).isTrue();
    }

    @Test
    void aSealIsUsedOnceAcrossRecordsAndTheRefusalNamesTheSealFieldAndTheRecord() {
        String firstCase = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        String seal = flow.sampledUnconfirmed(firstCase); // the first record's test seal
        String secondCase = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(secondCase);
        String task = api.taskId(drawn.get(0), secondCase, "recordSampling");

        Map<String, Object> form = SpotCheckFlow.samplingForm("PLASTIC_BAG", "SU" + System.nanoTime(), drawn);
        form.put("testSealNumber", seal.toLowerCase(Locale.ROOT)); // the same seal, whatever its case
        Api.Response refused = api.complete(drawn.get(0), task, form);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.rule()).isEqualTo("SEAL_ALREADY_USED");
        assertThat(refused.errorFields()).containsExactly("testSealNumber");
        assertThat(refused.get("detail").asString()).contains("YP-" + firstCase).contains("新的封条");

        form.put("testSealNumber", "SU" + System.nanoTime() + "-T");
        form.put("backupSealNumber", seal);
        Api.Response backup = api.complete(drawn.get(0), task, form);
        assertThat(backup.status()).as(backup.body()).isEqualTo(422);
        assertThat(backup.errorFields()).containsExactly("backupSealNumber");

        // the same seal on both portions of one form
        form.put("backupSealNumber", form.get("testSealNumber"));
        assertThat(api.complete(drawn.get(0), task, form).errorFields()).containsExactly("backupSealNumber");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Integer.class, secondCase))
                .isZero();

        // the task page shows the refusal beside the seal field, in Chinese
        Browserless sampler = new Browserless(port, drawn.get(0));
        Map<String, List<String>> fields = PageFlowTest.samplingFields("SP" + System.nanoTime());
        fields.put("testSealNumber", List.of(seal));
        fields.put("samplers", drawn);
        Browserless.Page page = sampler.completeTask(task, fields);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"testSealNumber-error\"").contains("已用于抽样单 YP-" + firstCase);

        form.put("backupSealNumber", "SU" + System.nanoTime() + "-B");
        assertThat(api.complete(drawn.get(0), task, form).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_seal_use u JOIN smp_sampling_record r ON r.id = u.record_id"
                + " WHERE r.task_code = ?", Integer.class, secondCase)).isEqualTo(2);
    }

    @Test
    void thePlannerIssuesAndWithdrawsOnThePageWithTheRefusalBesideTheFieldInChinese() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page list = planner.get("/seal-ranges");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("封条号段").contains("sampler-a");
        String prefix = series();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("prefix", List.of(prefix));
        fields.put("digits", List.of("6"));
        fields.put("firstNumber", List.of("20"));
        fields.put("lastNumber", List.of("10"));
        fields.put("samplerUsername", List.of("sampler-b"));
        Browserless.Page refused = planner.post("/seal-ranges", fields, list.csrf());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"lastNumber-error\"").contains("终止号 10 小于起始号 20")
                .contains("value=\"" + prefix + "\"");
        fields.put("lastNumber", List.of("x"));
        assertThat(planner.post("/seal-ranges", fields, refused.csrf()).body()).contains("id=\"lastNumber-error\"");
        fields.put("lastNumber", List.of("30"));
        Browserless.Page saved = planner.post("/seal-ranges", fields, refused.csrf());
        assertThat(saved.status()).isEqualTo(302);
        long id = api.get("planner", "/api/seal-ranges").json().valueStream()
                .filter(r -> r.get("prefix").asString().equals(prefix)).findFirst().orElseThrow().get("id").asLong();
        Browserless.Page shown = planner.get("/seal-ranges");
        assertThat(shown.body()).contains(prefix + "000020").contains("id=\"withdraw-" + id + "\"");
        assertThat(planner.post("/seal-ranges/" + id + "/withdraw", Map.of(), shown.csrf()).status()).isEqualTo(302);
        assertThat(planner.get("/seal-ranges").body()).doesNotContain("id=\"withdraw-" + id + "\"").contains("收回");
        assertThat(api.get("planner", "/api/seal-ranges/" + id).get("withdrawnBy").asString()).isEqualTo("planner");
    }

    @Autowired
    SealRangeApi sealRangeApi;

    /**
     * Two planners of one authority issue overlapping ranges at the same instant. The second planner's issue holds its
     * transaction open (a latch) after the overlap check and the insert, before its commit; the first planner's request
     * comes in over HTTP at that moment. Without the authority's lock both would pass the check; with it the request is
     * refused at once with 409 SEAL_RANGE_BUSY, exactly one range exists, and the same request after the commit is the
     * ordinary overlap.
     */
    @Test
    void twoPlannersIssuingOverlappingRangesAtTheSameInstantOneWinsAndTheOtherGets409() throws Exception {
        // the authority's lock row exists (any earlier issue made it): the race is on that row
        assertThat(api.post("planner", "/api/seal-ranges", range(series(), 4, 1, 1, "sampler-a")).status()).isEqualTo(201);
        String other = fixtures.account("planner2", "AUTH-320100", "AUTHORITY", "320100", Role.PLANNER);
        Actor second = new Actor(other, EnumSet.of(Role.PLANNER), "AUTH-320100", OrgType.AUTHORITY, "320100");
        String prefix = series();
        CountDownLatch issued = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        CompletableFuture<IssuedSealRangeView> winner = CompletableFuture.supplyAsync(() -> transactions.execute(s -> {
            IssuedSealRangeView view = sealRangeApi.issueSealRange(second, new IssueSealRangeCommand(prefix, 4, 1L, 10L, "sampler-a"));
            issued.countDown();
            await(answered); // commit only once the other planner has had his answer
            return view;
        }));
        await(issued);
        Api.Response loser = api.post("planner", "/api/seal-ranges", range(prefix, 4, 5, 20, "sampler-b"));
        answered.countDown();
        assertThat(winner.get(30, TimeUnit.SECONDS).issuedBy()).isEqualTo(other);
        assertThat(loser.status()).as(loser.body()).isEqualTo(409);
        assertThat(loser.rule()).isEqualTo("SEAL_RANGE_BUSY");
        assertThat(api.get("planner", "/api/seal-ranges").json().valueStream()
                .filter(r -> r.get("prefix").asString().equals(prefix)).map(r -> r.get("issuedBy").asString()))
                .containsExactly(other);
        // looked at again, the range shares numbers with the one issued: the ordinary refusal, beside its field
        Api.Response again = api.post("planner", "/api/seal-ranges", range(prefix, 4, 5, 20, "sampler-b"));
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("rule").asString()).isEqualTo("SEAL_RANGE_OVERLAPS");
        // a range that is free is issued as before
        assertThat(api.post("planner", "/api/seal-ranges", range(prefix, 4, 11, 20, "sampler-b")).status()).isEqualTo(201);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other planner never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
