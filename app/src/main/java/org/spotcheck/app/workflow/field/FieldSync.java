package org.spotcheck.app.workflow.field;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.spotcheck.app.lims.IdempotencyKeys;
import org.spotcheck.app.security.PageNames;
import org.spotcheck.app.workflow.TaskCompletionService;
import org.spotcheck.app.workflow.step.StepLocks;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.StoreAttachmentCommand;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly-once sync of a form saved offline (issue 19, ADR 0019). The device sends the form and its
 * photos in one request with an {@code Idempotency-Key} it made (crypto.randomUUID). In one
 * transaction the photos are stored, the 现场抽样、封样 step is completed through the same step as the
 * page ({@link TaskCompletionService#complete}: the same checks) and the answer is stored with the key in
 * sys_idempotency_key (the LIMS mechanism). A repeat with the same body gets the stored answer back
 * (same status and body, photos not stored again); the same key with another body is refused (422).
 * A conflict (the case was sampled by the other device, the caller is no longer drawn, the step is
 * gone) is a 409 naming the rule and what to do, and stores nothing, so the device keeps its draft.
 */
@Service
public class FieldSync {

    /** One photo as it arrived. */
    public record Photo(String name, String contentType, byte[] bytes) {
    }

    /** One endpoint name for both doors (API and page): a repeat through either replays. */
    static final String ENDPOINT = "POST /field/submissions";
    private static final int MAX_KEY_LENGTH = 100;

    private final TaskCompletionService inbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SpotCheckTasks spotCheckTasks;
    private final SamplingApi sampling;
    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final FieldCases cases;
    private final PageNames names;
    private final StepLocks locks;

    FieldSync(TaskCompletionService inbox, ProcessEngine engine, SpotCheckTasks spotCheckTasks, SamplingApi sampling,
            IdempotencyKeys keys, TransactionTemplate transactions, JsonMapper json, FieldCases cases, PageNames names,
            StepLocks locks) {
        this.locks = locks;
        this.runtime = engine.getRuntimeService();
        this.inbox = inbox;
        this.tasks = engine.getTaskService();
        this.spotCheckTasks = spotCheckTasks;
        this.sampling = sampling;
        this.keys = keys;
        this.transactions = transactions;
        this.json = json;
        this.cases = cases;
        this.names = names;
    }

    /**
     * @param submission {@code {"caseCode": ..., "outcome": "SAMPLED" | "REFUSED" | "NOT_SAMPLABLE" | "NO_PRODUCT",
     *                   "form": {the step's form without photoIds / evidenceIds}}}
     * @param photos     the photos of the form, in order; they become its photoIds (or evidenceIds)
     */
    public IdempotencyKeys.Answer submit(Actor actor, String idempotencyKey, String submission, List<Photo> photos) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role SAMPLER required");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.strip().length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "the Idempotency-Key header is required (1-100 characters)"); // text: problem.IDEMPOTENCY_KEY_REQUIRED
        }
        String key = idempotencyKey.strip();
        Map<String, Object> body = parse(submission);
        List<Photo> files = photos == null ? List.of() : photos;
        if (files.size() > 20) {
            throw InvalidInputException.of("photos", "TOO_MANY_PHOTOS", "at most 20 photos");
        }
        for (Photo p : files) {
            if (p.bytes().length > cases.photoMaxBytes() * 2L) {
                throw InvalidInputException.of("photos", "PHOTO_TOO_LARGE", "a photo is too large");
            }
        }
        String hash = hash(body, files);
        // the same device may send the same key twice at once: the loser answers as the winner did
        return keys.once(actor, key, ENDPOINT, hash, () -> transactions.execute(
                tx -> keys.store(actor, key, ENDPOINT, hash, 201, apply(actor, body, files, key))));
    }

    /** Completes the open step of the case with the submission and its photos; returns the answer's body. */
    private Map<String, Object> apply(Actor actor, Map<String, Object> body, List<Photo> files, String key) {
        String caseCode = body.get("caseCode") instanceof String s && !s.isBlank() ? s.strip() : null;
        if (caseCode == null) {
            throw InvalidInputException.of("caseCode", "CASE_REQUIRED", "caseCode is required");
        }
        String step = body.get("step") instanceof String s && !s.isBlank() ? s.strip() : FieldCases.STEP;
        if (!FieldCases.STEPS.contains(step)) {
            throw InvalidInputException.of("step", "UNKNOWN_STEP", "not a step of the field app");
        }
        boolean confirmation = FieldCases.CONFIRM.equals(step);
        String outcome = confirmation ? "CONFIRMED"
                : body.get("outcome") instanceof String s && !s.isBlank() ? s.strip() : "SAMPLED";
        // out of the caller's scope: 404 and an audited refusal (planning's OutOfScopeException)
        SpotCheckTaskView task = spotCheckTasks.getSpotCheckTask(actor, caseCode);
        if (!task.samplerUsernames().contains(actor.username())) {
            throw new ConflictException("FIELD_REASSIGNED",
                    "the case was re-assigned to other samplers",
                    caseCode);
        }
        List<Task> open = tasks.createTaskQuery().processVariableValueEquals(ProcessVariables.CASE_CODE.name(), caseCode)
                .taskDefinitionKey(step).list();
        if (open.isEmpty()) {
            throw gone(actor, caseCode, step);
        }
        Task current = open.get(0);
        // the one lock order (ADR 0004): the step's row before the photos and the completion write anything; a step
        // completed since (by the other device) is gone
        if (!locks.holdTask(current.getId())) {
            throw gone(actor, caseCode, step);
        }
        if (current.getAssignee() != null && !current.getAssignee().equals(actor.username())) {
            // {1} is the person, by name: the sampler reads 抽样员 陈晨, not a login (issue 19)
            throw new ConflictException("FIELD_CLAIMED_BY_OTHER",
                    "the other sampler has claimed the case",
                    caseCode, names.user(current.getAssignee()));
        }
        // a re-inspection (<case>-F<n>) takes the photos uploaded to its case (SamplingSupport.checkAttachments); its
        // record is under the re-inspection's own task code
        String recordCode = FieldCases.REINSPECTION.equals(step)
                ? String.valueOf(runtime.getVariable(current.getProcessInstanceId(), ProcessVariables.REINSPECTION_TASK_CODE.name()))
                : task.code();
        boolean sampled = "SAMPLED".equals(outcome);
        String kind = confirmation ? "SIGNATURE" : sampled ? "PHOTO" : "EVIDENCE";
        List<Long> ids = new ArrayList<>();
        for (Photo p : files) {
            AttachmentView stored = sampling.storeAttachment(actor, new StoreAttachmentCommand(task.code(), task.authorityCode(),
                    task.enterpriseCode(), task.labCode(), kind, p.name(), p.contentType(), p.bytes()));
            ids.add(stored.id());
        }
        Map<String, Object> form = new LinkedHashMap<>(body.get("form") instanceof Map<?, ?> m ? castMap(m) : Map.of());
        form.remove("photoIds");
        form.remove("evidenceIds");
        if (confirmation) {
            // on paper, recorded by a sampler present: the photo of the signed form (ConfirmSamplingForm)
            form.remove("signaturePhotoId");
            form.put("method", "PAPER");
            if (!ids.isEmpty()) {
                form.put("signaturePhotoId", ids.get(0));
            }
        } else if (sampled) {
            form.remove("outcome");
            form.put("photoIds", ids);
        } else {
            form.put("outcome", outcome);
            form.put("evidenceIds", ids);
        }
        inbox.complete(actor, current.getId(), form);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseCode", caseCode);
        answer.put("step", step);
        answer.put("outcome", outcome);
        if (sampled) {
            SampleView sample = sampling.latestSampleOfTask(actor, recordCode);
            answer.put("sampleId", sample.id());
            answer.put("sampleCode", sample.sampleCode());
        }
        answer.put("photoIds", ids);
        answer.put("idempotencyKey", key);
        answer.put("recordedBy", actor.username());
        return answer;
    }

    /** No open step of that kind: why, and what the sampler does (a 409 that keeps the form on the device). */
    private ConflictException gone(Actor actor, String caseCode, String step) {
        if (FieldCases.STEP.equals(step)) {
            SampleView sample = sampling.latestSampleOfTask(actor, caseCode);
            NonSamplingView visit = sampling.nonSamplingOfTask(actor, caseCode);
            if (sample != null || visit != null) {
                String by = names.user(sample != null ? sample.recordedBy() : visit.recordedBy()); // the name, not the login
                String code = sample != null ? sample.sampleCode() : visit.outcome().name();
                return new ConflictException("FIELD_ALREADY_SAMPLED",
                        "the case was already recorded by " + by,
                        caseCode, by, code);
            }
        }
        if (FieldCases.CONFIRM.equals(step)) {
            SampleView sample = sampling.latestSampleOfTask(actor, caseCode);
            if (sample == null) {
                // the sampling form has not arrived yet: the device sends it first, then this one
                return new ConflictException("FIELD_NOT_YET_SAMPLED",
                        "the sampling form of this case has not been received yet: send it first",
                        caseCode);
            }
            if (sample.confirmation() != null) {
                return new ConflictException("FIELD_ALREADY_CONFIRMED",
                        "the sampling form was already confirmed by " + names.user(sample.confirmation().confirmedBy()),
                        caseCode, names.user(sample.confirmation().confirmedBy()), sample.sampleCode());
            }
        }
        return new ConflictException("FIELD_TASK_GONE",
                "the step of this case is no longer open",
                caseCode);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String submission) {
        if (submission == null || submission.isBlank()) {
            throw InvalidInputException.of("submission", "MALFORMED_BODY", "the form cannot be read");
        }
        try {
            Object parsed = json.readValue(submission, Object.class);
            if (parsed instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (RuntimeException e) {
            // answered below
        }
        throw InvalidInputException.of("submission", "MALFORMED_BODY", "the form cannot be read");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** SHA-256 of the submission with its keys sorted and of each photo: the same submission hashes the same. */
    private String hash(Map<String, Object> body, List<Photo> photos) {
        MessageDigest digest = IdempotencyKeys.sha256();
        digest.update(keys.canonical(ENDPOINT, body));
        for (Photo p : photos) {
            digest.update(("\n" + HexFormat.of().formatHex(IdempotencyKeys.sha256().digest(p.bytes())))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
