package org.spotcheck.app.workflow.delegate;

import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.ReferralFacts;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.sampling.api.AttachmentContent;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Parties;
import org.spotcheck.shared.pdf.PdfFiles;
import org.springframework.stereotype.Component;

/**
 * What the referral delegates share: a case goes to enforcement (移送) with its facts as data (disposal words them:
 * ReferralFacts), people by their real names, and its evidence named as the letter lists it (title and pages, never an
 * id: issue 17), and the process keeps the referral's id in the variable it names. A record: nothing but its collaborators, no proxy.
 */
@Component
record ReferralOpener(SamplingApi sampling, Referrals referrals, Parties parties) {

    /**
     * A refused sampling (of the spot-check, or of a re-inspection's own task) goes to enforcement
     * (Product Quality Law art. 56, R18; domain.md §4.5) with what the samplers recorded and their evidence.
     *
     * @param samplingTaskCode the task whose sampling was refused
     * @param reinspection     whether it was a re-inspection's sampling (拒绝复查抽样)
     */
    void refusedSampling(DelegateExecution execution, String samplingTaskCode, boolean reinspection,
            ProcessVariables.Var<Long> referralId) {
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM, samplingTaskCode);
        // the samplers by their real names, as the 抽样单 names them (issue 17), never by username; disposal words the facts
        List<String> samplers = refusal.samplers().stream().map(parties::personName).toList();
        ReferralFacts facts = new ReferralFacts.RefusedSampling(reinspection, refusal.refusedByName(), refusal.refusedByPosition(),
                samplers, refusal.note());
        open(execution, referralId, new OpenReferralCommand(ProcessVariables.CASE_CODE.in(execution), refusal.authorityCode(),
                refusal.enterpriseCode(), refusal.enterpriseName(), facts, evidence(refusal.evidence())));
    }

    /** A result-handling case goes to enforcement for its enterprise with these facts (disposal words them) and evidence. */
    void ofCase(DelegateExecution execution, CaseView c, ReferralFacts facts, List<AttachmentView> evidence,
            ProcessVariables.Var<Long> referralId) {
        open(execution, referralId, new OpenReferralCommand(c.taskCode(), c.authorityCode(), c.enterpriseCode(),
                c.enterpriseName(), facts, evidence(evidence)));
    }

    /**
     * The files as the 移送函 lists them: each under the name it was uploaded with, a PDF with its page count (read from
     * the file), anything else as one item (1 份).
     */
    private List<OpenReferralCommand.Evidence> evidence(List<AttachmentView> files) {
        return files.stream().map(f -> new OpenReferralCommand.Evidence(f.id(), f.originalName(), pages(f))).toList();
    }

    private Integer pages(AttachmentView file) {
        if (file.contentType() == null || !file.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf")) {
            return null;
        }
        AttachmentContent content = sampling.readAttachment(Actor.SYSTEM, file.id());
        return content == null ? null : PdfFiles.pages(content.content());
    }

    private void open(DelegateExecution execution, ProcessVariables.Var<Long> referralId, OpenReferralCommand command) {
        referralId.set(execution, referrals.openReferral(Actor.SYSTEM, command).id());
    }
}
