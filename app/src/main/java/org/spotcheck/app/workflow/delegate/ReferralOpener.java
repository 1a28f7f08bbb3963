package org.spotcheck.app.workflow.delegate;

import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.spotcheck.app.workflow.text.StoredTexts;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.sampling.api.AttachmentContent;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Parties;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.pdf.PdfFiles;
import org.springframework.stereotype.Component;

/**
 * What the referral delegates share: a case goes to enforcement (移送) with its facts in Chinese, people by their real
 * names, and its evidence named as the letter lists it (title and pages, never an id: issue 17), and the process keeps
 * the referral's id in the variable it names. A record: nothing but its collaborators, no proxy.
 */
@Component
record ReferralOpener(SamplingApi sampling, Referrals referrals, StoredTexts texts, Parties parties) {

    /**
     * A refused sampling (of the spot-check, or of a re-inspection's own task) goes to enforcement
     * (Product Quality Law art. 56, R18; domain.md §4.5) with what the samplers recorded and their evidence.
     *
     * @param samplingTaskCode the task whose sampling was refused
     * @param factsKey         the stored text of the facts: who refused, his position, the samplers, the note
     */
    void refusedSampling(DelegateExecution execution, String samplingTaskCode, String factsKey,
            ProcessVariables.Var<Long> referralId) {
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM, samplingTaskCode);
        // the position, as the person gave it, in the sentence of each language
        StoredMessage.Arg position = refusal.refusedByPosition() == null ? StoredMessage.Arg.text("")
                : StoredMessage.Arg.zhEn(texts.zh("stored.refusal.position", refusal.refusedByPosition()),
                        texts.en("stored.refusal.position", refusal.refusedByPosition()));
        // the samplers by their real names, as the 抽样单 names them (issue 17), never by username
        List<String> samplers = refusal.samplers().stream().map(parties::personName).toList();
        // the facts' message is kept with the referral, so that a page reads them in its reader's language (issue 17)
        StoredMessage message = StoredMessage.of(factsKey, refusal.refusedByName(), position,
                StoredMessage.Arg.zhEn(String.join("、", samplers), String.join(", ", samplers)), refusal.note() == null ? "" : refusal.note());
        String facts = texts.zh(factsKey, message.zhArgs());
        open(execution, referralId, new OpenReferralCommand(ProcessVariables.CASE_CODE.in(execution), refusal.authorityCode(),
                refusal.enterpriseCode(), refusal.enterpriseName(), "REFUSED_SAMPLING", facts, evidence(refusal.evidence()), message));
    }

    /** A result-handling case goes to enforcement for its enterprise, for this reason, with these facts and evidence. */
    void ofCase(DelegateExecution execution, CaseView c, String reason, StoredMessage facts, List<AttachmentView> evidence,
            ProcessVariables.Var<Long> referralId) {
        open(execution, referralId, new OpenReferralCommand(c.taskCode(), c.authorityCode(), c.enterpriseCode(),
                c.enterpriseName(), reason, texts.zh(facts.key(), facts.zhArgs()), evidence(evidence), facts));
    }

    /** A stored text in English (the English half of a facts argument). */
    String en(String key, Object... args) {
        return texts.en(key, args);
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

    /** A stored text in Chinese (the facts stay as written, whatever the reader's language). */
    String zh(String key, Object... args) {
        return texts.zh(key, args);
    }

    private void open(DelegateExecution execution, ProcessVariables.Var<Long> referralId, OpenReferralCommand command) {
        referralId.set(execution, referrals.openReferral(Actor.SYSTEM, command).id());
    }
}
