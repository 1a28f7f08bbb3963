package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flowable.task.api.Task;
import org.spotcheck.app.workflow.step.CaseEvidence;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.sampling.api.AttachmentContent;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's files on the page of a result-handling or referral step, under 证据（照片、文书）(issue 12's walk: the
 * announcement, the suspension and the revocation referral showed none): the sampling forms and the photos sealed into
 * them, the files added to the case since (the enterprise's objection and rectification evidence), the issued test
 * reports of the first test, the re-test and each re-inspection, and the result notices.
 *
 * <p>Each file is read within the caller's data scope, with one exception: the authority a case was escalated to
 * (逐级上报; the province announces a failed re-inspection, Order 18 art. 48) holds the step but not the city's sampling
 * and lab records. It reads the files its step rests on through the step ({@code /tasks/{id}/case-files/{n}}), only
 * while it holds the step, and only those files.
 */
@Service
public class StepEvidence {

    private static final Pattern ATTACHMENT = Pattern.compile("/api/attachments/(\\d+)");
    private static final Pattern SAMPLING_FORM = Pattern.compile("/api/samples/(\\d+)/form\\.pdf");
    private static final Pattern REPORT = Pattern.compile("/api/reports/(\\d+)/pdf");

    /** A file as it is sent: its bytes, content type and a plain file name. */
    public record File(byte[] content, String contentType, String filename) {
    }

    private final CaseRecords records;
    private final TaskAccess access;
    private final TaskInboxService inbox;
    private final SamplingApi sampling;
    private final TestingApi testing;

    StepEvidence(CaseRecords records, TaskAccess access, @org.springframework.context.annotation.Lazy TaskInboxService inbox,
            SamplingApi sampling, TestingApi testing) {
        this.records = records;
        this.access = access;
        this.inbox = inbox;
        this.sampling = sampling;
        this.testing = testing;
    }

    /** The step's page model with the case's files added, when the step declares them ({@link CaseEvidence#declaredWith}). */
    Map<String, Object> withCaseFiles(Actor actor, String taskId, String businessKey, TaskStep<?> step, Map<String, Object> model) {
        if (businessKey == null || step == null || !step.contextTypes().containsKey(CaseEvidence.CONTEXT_KEY)) {
            return model;
        }
        boolean throughStep = escalatedHere(actor, model);
        List<CaseEvidence> files = records.documents(throughStep ? Actor.SYSTEM : actor, CaseNumber.of(businessKey).ofCase());
        if (model.get("referral") instanceof ReferralView referral) {
            // the referral's own evidence is listed first, as 附件1, 附件2…: not twice
            Set<String> own = referral.evidenceIds().stream().map(id -> "/attachments/" + id).collect(Collectors.toSet());
            files = files.stream().filter(f -> !own.contains(f.pageUrl())).toList();
        }
        if (throughStep) {
            List<CaseEvidence> linked = new ArrayList<>();
            for (int n = 0; n < files.size(); n++) {
                CaseEvidence f = files.get(n);
                linked.add(readThroughStep(f) ? new CaseEvidence(f.kind(), f.name(), f.uploadedBy(), f.at(), f.url(),
                        "/tasks/" + taskId + "/case-files/" + n) : f);
            }
            files = linked;
        }
        Map<String, Object> withFiles = new LinkedHashMap<>(model);
        withFiles.put(CaseEvidence.CONTEXT_KEY, files);
        return withFiles;
    }

    /**
     * File {@code n} of the step's list, for the authority the case was escalated to while it holds the step; anyone
     * else reads the files at their own addresses (404 here).
     */
    @Transactional(readOnly = true)
    public File caseFile(Actor actor, String taskId, int n) {
        Task task = access.visible(actor, taskId);
        Map<String, Object> model = inbox.pageModel(actor, task.getId());
        if (!escalatedHere(actor, model) || !(model.get(CaseEvidence.CONTEXT_KEY) instanceof List<?> files) || n < 0 || n >= files.size()) {
            throw new NotFoundException("case file", n);
        }
        CaseEvidence f = (CaseEvidence) files.get(n);
        Matcher m;
        if ((m = ATTACHMENT.matcher(f.url())).matches()) {
            AttachmentContent file = sampling.readAttachment(Actor.SYSTEM, Long.parseLong(m.group(1)));
            String type = file.attachment().contentType();
            return new File(file.content(), type, "attachment-" + m.group(1) + "." + type.substring(type.indexOf('/') + 1));
        }
        if ((m = SAMPLING_FORM.matcher(f.url())).matches()) {
            return new File(sampling.samplingFormPdf(Actor.SYSTEM, Long.parseLong(m.group(1))), "application/pdf",
                    "sampling-form-" + m.group(1) + ".pdf");
        }
        if ((m = REPORT.matcher(f.url())).matches()) {
            return new File(testing.reportPdf(Actor.SYSTEM, Long.parseLong(m.group(1))), "application/pdf",
                    "report-" + m.group(1) + ".pdf");
        }
        throw new NotFoundException("case file", n);
    }

    private static boolean readThroughStep(CaseEvidence f) {
        return f.url() != null && (ATTACHMENT.matcher(f.url()).matches() || SAMPLING_FORM.matcher(f.url()).matches()
                || REPORT.matcher(f.url()).matches());
    }

    /** Whether the caller is of the authority the step's disposal case was escalated to (the province that announces). */
    private static boolean escalatedHere(Actor actor, Map<String, Object> model) {
        return model.get("disposalCase") instanceof CaseView c && actor.isAuthority() && c.escalatedTo() != null
                && actor.orgCode().equals(c.escalatedTo());
    }
}
