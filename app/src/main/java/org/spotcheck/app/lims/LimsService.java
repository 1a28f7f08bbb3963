package org.spotcheck.app.lims;

import java.util.HexFormat;
import java.util.Map;
import org.spotcheck.app.cluster.DeadlockRetry;
import org.spotcheck.app.workflow.TaskCompletionService;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Service;

/**
 * Submissions from a lab's LIMS: results (which draft the report) go through the same task step
 * as the page ({@link TaskCompletionService#complete}), so the validation, the module's checks and the
 * process are the same. Each submission carries an {@code Idempotency-Key}; the first successful
 * response is stored per lab and key, a repeat with the same body gets it back without doing
 * anything again, a repeat with another body is refused (422). Failed submissions store nothing,
 * so the client may fix the body and retry with the same key.
 *
 * <p>Authentication: any authenticated user of a lab works (HTTP Basic today); the lab-scoped API
 * tokens of issue 7 only have to produce such an {@link Actor}.
 */
@Service
public record LimsService(TaskInboxService inbox, TaskCompletionService completion, TestingApi testing, IdempotencyKeys keys,
        DeadlockRetry deadlocks) {

    private static final int MAX_KEY_LENGTH = 100;

    public IdempotencyKeys.Answer submitResults(Actor actor, long labSampleId, String idempotencyKey, Map<String, Object> body) {
        if (!actor.isLab()) {
            throw new AccessRefusedException("LAB_ONLY", "only a lab may submit results");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "the Idempotency-Key header is required (1-100 characters)"); // text: problem.IDEMPOTENCY_KEY_REQUIRED
        }
        String key = idempotencyKey.strip();
        String endpoint = "POST /api/lims/lab-samples/" + labSampleId + "/results";
        String hash = hash(endpoint, body);
        // one transaction, run again after a deadlock
        return keys.once(actor, key, endpoint, hash, () -> deadlocks.inTransaction(() -> {
            String taskId = inbox.openResultsTask(actor, labSampleId);
            if (taskId == null) {
                testing.getLabSample(actor, labSampleId); // 404 outside the caller's lab
                throw new ConflictException("NO_OPEN_RESULTS_STEP",
                        "the sample is not waiting for results");
            }
            completion.complete(actor, taskId, body);
            return keys.store(actor, key, endpoint, hash, 201, summary(testing.getLabSample(actor, labSampleId),
                    testing.currentReport(actor, labSampleId)));
        }));
    }

    private static LimsSubmission summary(LabSampleView sample, ReportView report) {
        return new LimsSubmission(sample.id(), sample.sampleCode(), report.id(), report.version(), report.status(),
                report.conclusion(), report.conclusionZh(), report.grade(), report.failedItems(),
                report.items().stream().map(i -> new LimsSubmission.ItemJudgment(i.code(), i.measured(),
                        i.rounded() == null ? null : i.rounded().toPlainString() /* the reported precision (LabSampleView.Item) */, i.computedVerdict(),
                        i.verdict(), i.overridden())).toList());
    }

    /** SHA-256 of the endpoint and the body with its keys sorted: the same submission hashes the same. */
    private String hash(String endpoint, Map<String, Object> body) {
        return HexFormat.of().formatHex(IdempotencyKeys.sha256().digest(keys.canonical(endpoint, body == null ? Map.of() : body)));
    }
}
