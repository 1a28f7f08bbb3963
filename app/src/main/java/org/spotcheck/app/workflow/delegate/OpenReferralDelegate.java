package org.spotcheck.app.workflow.delegate;

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

    public OpenReferralDelegate(SamplingApi sampling, Referrals referrals) {
        this.sampling = sampling;
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseCode = ProcessVariables.CASE_CODE.in(execution);
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM, caseCode);
        String facts = "拒检：" + refusal.refusedByName() + (refusal.refusedByPosition() == null ? "" : "（" + refusal.refusedByPosition() + "）")
                + "拒绝抽样；抽样人员 " + String.join("、", refusal.samplers()) + " 已告知法律后果。" + refusal.note();
        ReferralView referral = referrals.openReferral(Actor.SYSTEM, new OpenReferralCommand(caseCode, refusal.authorityCode(),
                refusal.enterpriseCode(), refusal.enterpriseName(), "REFUSED_SAMPLING", facts,
                refusal.evidence().stream().map(AttachmentView::id).toList()));
        ProcessVariables.REFERRAL_ID.set(execution, referral.id());
    }
}
