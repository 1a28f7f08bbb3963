package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> samplers = flow.samplers(caseCode);
        String sampler = samplers.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        assertThat(task).isNotNull();
        Map<String, Object> form = SpotCheckFlow.samplingForm("UR" + System.nanoTime() % 100_000_000, samplers);

        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (HeldStep overlap = HeldStep.uploadAfterCheck(caseCode)) {
            Future<Api.Response> upload = clients.submit(() -> api.upload(sampler, caseCode, "PHOTO", "late.png", "image/png", Api.PNG));
            overlap.awaitReached();
            Future<Api.Response> completion = clients.submit(() -> api.complete(sampler, task, form));
            awaitFinishedOrHeld(completion, "the completion");
            overlap.release();

            Api.Response completed = completion.get(120, TimeUnit.SECONDS);
            assertThat(completed.status()).as(completed.body()).isEqualTo(204);
            Api.Response uploaded = upload.get(120, TimeUnit.SECONDS);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            long photo = uploaded.get("id").asLong();

            // the upload came first (it found the step open): its photo is in the record the completion sealed
            Long record = jdbc.queryForObject("SELECT record_id FROM smp_attachment WHERE id = ?", Long.class, photo);
            assertThat(record).as("the photo's sampling record (null: left pending, bound to nothing)").isNotNull();
            assertThat(jdbc.queryForObject("SELECT task_code FROM smp_sampling_record WHERE id = ?", String.class, record))
                    .isEqualTo(caseCode);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment a WHERE a.task_code = ? AND a.record_id IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM smp_case_document d WHERE d.attachment_id = a.id)", Long.class, caseCode))
                    .as("files of the case in no record and no case document").isZero();
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aPhotoUploadedWhileTheCompletionSealsTheRecordBecomesACaseDocument() throws Exception {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> samplers = flow.samplers(caseCode);
        String sampler = samplers.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        assertThat(task).isNotNull();
        Map<String, Object> form = SpotCheckFlow.samplingForm("UR" + System.nanoTime() % 100_000_000, samplers);

        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (HeldStep hold = HeldStep.completionAfterHold(caseCode)) {
            Future<Api.Response> completion = clients.submit(() -> api.complete(sampler, task, form));
            hold.awaitReached();
            Future<Api.Response> upload = clients.submit(() -> api.upload(sampler, caseCode, "PHOTO", "late.png", "image/png", Api.PNG));
            awaitFinishedOrHeld(upload, "the upload");
            hold.release();

            Api.Response completed = completion.get(120, TimeUnit.SECONDS);
            assertThat(completed.status()).as(completed.body()).isEqualTo(204);
            Api.Response uploaded = upload.get(120, TimeUnit.SECONDS);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            long photo = uploaded.get("id").asLong();

            // the upload waited for the seal and then found the step closed: a separate case document of its uploader
            assertThat(jdbc.queryForObject("SELECT record_id FROM smp_attachment WHERE id = ?", Long.class, photo)).isNull();
            assertThat(jdbc.queryForObject("SELECT uploaded_by FROM smp_case_document WHERE attachment_id = ?", String.class, photo))
                    .isEqualTo(sampler);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_attachment a WHERE a.task_code = ? AND a.record_id IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM smp_case_document d WHERE d.attachment_id = a.id)", Long.class, caseCode))
                    .as("files of the case in no record and no case document").isZero();
        } finally {
            clients.shutdownNow();
        }
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
