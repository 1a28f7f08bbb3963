package org.spotcheck.app.workflow.delegate;

import org.spotcheck.app.workflow.text.StoredTexts;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A refused spot-check opens an enforcement referral (Product Quality Law art. 56, R18; domain.md
 * §4.5) carrying what the samplers recorded and their evidence.
 */
@Component("openReferralDelegate")
public class OpenReferralDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final Referrals referrals;

    private final StoredTexts texts;

    public OpenReferralDelegate(SamplingApi sampling, Referrals referrals, StoredTexts texts) {
        this.sampling = sampling;
        this.referrals = referrals;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseCode = ProcessVariables.CASE_CODE.in(execution);
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM, caseCode);
        String position = refusal.refusedByPosition() == null ? "" : texts.zh("stored.refusal.position", refusal.refusedByPosition());
        String facts = texts.zh("stored.referral.refusedSampling", refusal.refusedByName(), position,
                String.join("、", refusal.samplers()), refusal.note() == null ? "" : refusal.note());
        ReferralView referral = referrals.openReferral(Actor.SYSTEM, new OpenReferralCommand(caseCode, refusal.authorityCode(),
                refusal.enterpriseCode(), refusal.enterpriseName(), "REFUSED_SAMPLING", facts,
                refusal.evidence().stream().map(AttachmentView::id).toList()));
        ProcessVariables.REFERRAL_ID.set(execution, referral.id());
    }
}
