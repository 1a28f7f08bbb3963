package org.spotcheck.app.workflow.delegate;

import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.spotcheck.app.workflow.text.StoredTexts;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * What the referral delegates share: a case goes to enforcement (移送) with its facts in Chinese and its
 * evidence, and the process keeps the referral's id in the variable it names.
 */
@Component
class ReferralOpener {

    private final SamplingApi sampling;
    private final Referrals referrals;
    private final StoredTexts texts;

    ReferralOpener(SamplingApi sampling, Referrals referrals, StoredTexts texts) {
        this.sampling = sampling;
        this.referrals = referrals;
        this.texts = texts;
    }

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
        String position = refusal.refusedByPosition() == null ? "" : texts.zh("stored.refusal.position", refusal.refusedByPosition());
        String facts = texts.zh(factsKey, refusal.refusedByName(), position,
                String.join("、", refusal.samplers()), refusal.note() == null ? "" : refusal.note());
        open(execution, referralId, new OpenReferralCommand(ProcessVariables.CASE_CODE.in(execution), refusal.authorityCode(),
                refusal.enterpriseCode(), refusal.enterpriseName(), "REFUSED_SAMPLING", facts,
                refusal.evidence().stream().map(AttachmentView::id).toList()));
    }

    /** A result-handling case goes to enforcement for its enterprise, for this reason, with these facts and evidence. */
    void ofCase(DelegateExecution execution, CaseView c, String reason, String facts, List<Long> evidence,
            ProcessVariables.Var<Long> referralId) {
        open(execution, referralId, new OpenReferralCommand(c.taskCode(), c.authorityCode(), c.enterpriseCode(),
                c.enterpriseName(), reason, facts, evidence));
    }

    /** A stored text in Chinese (the facts stay as written, whatever the reader's language). */
    String zh(String key, Object... args) {
        return texts.zh(key, args);
    }

    private void open(DelegateExecution execution, ProcessVariables.Var<Long> referralId, OpenReferralCommand command) {
        referralId.set(execution, referrals.openReferral(Actor.SYSTEM, command).id());
    }
}
