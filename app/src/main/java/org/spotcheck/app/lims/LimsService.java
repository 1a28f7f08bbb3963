package org.spotcheck.app.lims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spotcheck.app.cluster.DeadlockRetry;
import org.spotcheck.app.workflow.TaskCompletionService;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

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
public class LimsService {

    /** What a submission answered. */
    public record Outcome(int status, String body, boolean replayed) {
    }

    private static final int MAX_KEY_LENGTH = 100;

    private final TaskInboxService inbox;
    private final TaskCompletionService completion;
    private final TestingApi testing;
    private final IdempotencyMapper keys;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final DeadlockRetry deadlocks;

    LimsService(TaskInboxService inbox, TaskCompletionService completion, TestingApi testing, IdempotencyMapper keys,
            TransactionTemplate transactions, JsonMapper json, DeadlockRetry deadlocks) {
        this.deadlocks = deadlocks;
        this.inbox = inbox;
        this.completion = completion;
        this.testing = testing;
        this.keys = keys;
        this.transactions = transactions;
        this.json = json;
    }

    public Outcome submitResults(Actor actor, long labSampleId, String idempotencyKey, Map<String, Object> body) {
        if (!actor.isLab()) {
            throw new AccessRefusedException("LAB_ONLY", "only a lab may submit results");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "请求头 Idempotency-Key 必填（1–100 个字符）/ the Idempotency-Key header is required (1-100 characters)");
        }
        String key = idempotencyKey.strip();
        String endpoint = "POST /api/lims/lab-samples/" + labSampleId + "/results";
        String hash = hash(endpoint, body);
        Outcome earlier = replay(actor, key, endpoint, hash);
        if (earlier != null) {
            return earlier;
        }
        try {
            return deadlocks.inTransaction(() -> transactions.execute(tx -> {
                String taskId = inbox.openResultsTask(actor, labSampleId);
                if (taskId == null) {
                    testing.getLabSample(actor, labSampleId); // 404 outside the caller's lab
                    throw new ConflictException("NO_OPEN_RESULTS_STEP",
                            "the sample is not waiting for results");
                }
                completion.complete(actor, taskId, body);
                String response = json.writeValueAsString(summary(testing.getLabSample(actor, labSampleId),
                        testing.currentReport(actor, labSampleId)));
                keys.insert(actor.orgCode(), key, endpoint, hash, actor.username(), 201, response,
                        Instant.now().truncatedTo(ChronoUnit.MILLIS));
                return new Outcome(201, response, false);
            }));
        } catch (DataIntegrityViolationException | ConflictException e) {
            // a concurrent submission with the same key may have won: answer as it did
            Outcome winner = replay(actor, key, endpoint, hash);
            if (winner != null) {
                return winner;
            }
            throw e;
        }
    }

    private Outcome replay(Actor actor, String key, String endpoint, String hash) {
        IdempotencyMapper.StoredResponse stored = keys.find(actor.orgCode(), key);
        if (stored == null) {
            return null;
        }
        if (!stored.endpoint.equals(endpoint) || !stored.requestHash.equals(hash)) {
            throw new RuleViolationException("Idempotency-Key", "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used for a different submission");
        }
        return new Outcome(stored.status, stored.response, true);
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
        String canonical = endpoint + "\n" + json.writeValueAsString(sorted(body == null ? Map.of() : body));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), sorted(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(LimsService::sorted).toList();
        }
        return value;
    }
}
