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
 * A refusal of the re-inspection's sampling goes to enforcement (移送) like a refused spot-check
 * (Product Quality Law art. 56, R18), with what the samplers recorded and their evidence.
 */
@Component("openReinspectionRefusalReferralDelegate")
public class OpenReinspectionRefusalReferralDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final Referrals referrals;

    private final StoredTexts texts;

    public OpenReinspectionRefusalReferralDelegate(SamplingApi sampling, Referrals referrals, StoredTexts texts) {
        this.sampling = sampling;
        this.referrals = referrals;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseCode = ProcessVariables.CASE_CODE.in(execution);
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM,
                ProcessVariables.REINSPECTION_TASK_CODE.in(execution));
        String position = refusal.refusedByPosition() == null ? "" : texts.zh("stored.refusal.position", refusal.refusedByPosition());
        String facts = texts.zh("stored.referral.reinspectionRefused", refusal.refusedByName(), position,
                String.join("、", refusal.samplers()), refusal.note() == null ? "" : refusal.note());
        ReferralView referral = referrals.openReferral(Actor.SYSTEM, new OpenReferralCommand(caseCode, refusal.authorityCode(),
                refusal.enterpriseCode(), refusal.enterpriseName(), "REFUSED_SAMPLING", facts,
                refusal.evidence().stream().map(AttachmentView::id).toList()));
        ProcessVariables.REFUSAL_REFERRAL_ID.set(execution, referral.id());
    }
}
