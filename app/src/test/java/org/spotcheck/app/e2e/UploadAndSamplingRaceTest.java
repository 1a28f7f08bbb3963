package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.step.HeldStep;

/**
 * Issue 16.6 (from issue 18's notes): an API client that uploads a photo and completes the sampling step at the same
 * instant. The upload had checked that the step was open, the completion sealed the record (binding the files
 * uploaded so far) and committed, then the upload stored its file: a photo of the case bound to no record and no case
 * document, shown nowhere. Both orders are forced with latches: {@link HeldStep#uploadAfterCheck} stops the upload after its check
 * and lets the completion run until it has finished (the bug: the first test failed so before {@code StepLocks}) or
 * waits for the upload's hold on the step; {@link HeldStep#completionAfterHold} stops the completion once it holds the step and lets
 * the upload run until it has finished or waits for that hold. Either way the photo ends in the record or as a case
 * document, never pending with no record.
 */
class UploadAndSamplingRaceTest extends SpotCheckE2e {

    @Test
    void aPhotoUploadedWhileTheSamplingStepIsCompletedEndsInTheSealedRecord() throws Exception {
        Sampling sampling = openSampling();
        // the upload goes first and is held after its check of the step; the completion runs into that gap
        Api.Response[] done = race(HeldStep.uploadAfterCheck(sampling.caseCode()), () -> upload(sampling),
                () -> complete(sampling), "the completion");
        assertThat(done[1].status()).as(done[1].body()).isEqualTo(204);
        assertThat(done[0].status()).as(done[0].body()).isEqualTo(201);
        long photo = done[0].get("id").asLong();

        // the upload came first (it found the step open): its photo is in the record the completion sealed
        Long record = jdbc.queryForObject("SELECT record_id FROM smp_attachment WHERE id = ?", Long.class, photo);
        assertThat(record).as("the photo's sampling record (null: left pending, bound to nothing)").isNotNull();
        assertThat(jdbc.queryForObject("SELECT task_code FROM smp_sampling_record WHERE id = ?", String.class, record))
                .isEqualTo(sampling.caseCode());
        assertNoFileBoundToNothing(sampling.caseCode());
    }

    @Test
    void aPhotoUploadedWhileTheCompletionSealsTheRecordBecomesACaseDocument() throws Exception {
        Sampling sampling = openSampling();
        // the completion goes first and is held once it holds the step; the upload runs into that gap
        Api.Response[] done = race(HeldStep.completionAfterHold(sampling.caseCode()), () -> complete(sampling),
                () -> upload(sampling), "the upload");
        assertThat(done[0].status()).as(done[0].body()).isEqualTo(204);
        assertThat(done[1].status()).as(done[1].body()).isEqualTo(201);
        long photo = done[1].get("id").asLong();

        // the upload waited for the seal and then found the step closed: a separate case document of its uploader
        assertThat(jdbc.queryForObject("SELECT record_id FROM smp_attachment WHERE id = ?", Long.class, photo)).isNull();
        assertThat(jdbc.queryForObject("SELECT uploaded_by FROM smp_case_document WHERE attachment_id = ?", String.class, photo))
                .isEqualTo(sampling.sampler());
        assertNoFileBoundToNothing(sampling.caseCode());
    }

    /** A case whose sampling step is open, with its first drawn sampler's task and a complete form. */
    private Sampling openSampling() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> samplers = flow.samplers(caseCode);
        String sampler = samplers.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        assertThat(task).isNotNull();
        return new Sampling(caseCode, sampler, task,
                SpotCheckFlow.samplingForm("PLASTIC_BAG", "UR" + System.nanoTime() % 100_000_000, samplers));
    }

    private record Sampling(String caseCode, String sampler, String task, Map<String, Object> form) {
    }

    private Api.Response upload(Sampling sampling) {
        return api.upload(sampling.sampler(), sampling.caseCode(), "PHOTO", "late.png", "image/png", Api.PNG);
    }

    private Api.Response complete(Sampling sampling) {
        return api.complete(sampling.sampler(), sampling.task(), sampling.form());
    }

    /**
     * Sends {@code first}, waits until {@code held} has stopped it at its point, sends {@code second}, waits until that
     * one has finished or is held waiting for the first, then releases the first. Returns their answers in the order sent.
     */
    private Api.Response[] race(HeldStep held, Callable<Api.Response> first, Callable<Api.Response> second,
            String secondName) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (held) {
            Future<Api.Response> firstSent = clients.submit(first);
            held.awaitReached();
            Future<Api.Response> secondSent = clients.submit(second);
            awaitFinishedOrHeld(secondSent, secondName);
            held.release();
            return new Api.Response[] {firstSent.get(120, TimeUnit.SECONDS), secondSent.get(120, TimeUnit.SECONDS)};
        } finally {
            clients.shutdownNow();
        }
    }

    private void assertNoFileBoundToNothing(String caseCode) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment a WHERE a.task_code = ? AND a.record_id IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM smp_case_document d WHERE d.attachment_id = a.id)", Long.class, caseCode))
                .as("files of the case in no record and no case document").isZero();
    }

    /**
     * Until the request has answered, or a thread is inside {@code StepLocks.holdTask} (waiting for the step the held
     * party holds): polling the request's state, not waiting for a scheduler; the bound is a guard.
     */
    private static void awaitFinishedOrHeld(Future<Api.Response> request, String what) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(120);
        while (!request.isDone() && !aThreadIn("org.spotcheck.app.workflow.step.StepLocks", "holdTask")) {
            assertThat(Instant.now()).as(what + " neither finished nor reached the step's hold").isBefore(until);
            Thread.sleep(10);
        }
    }

    private static boolean aThreadIn(String className, String method) {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals(className) && frame.getMethodName().equals(method)));
    }
}
