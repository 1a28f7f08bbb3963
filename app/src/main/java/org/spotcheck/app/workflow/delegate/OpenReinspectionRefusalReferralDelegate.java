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
 * A refusal of the re-inspection's sampling goes to enforcement (移送) like a refused spot-check
 * (Product Quality Law art. 56, R18), with what the samplers recorded and their evidence.
 */
@Component("openReinspectionRefusalReferralDelegate")
public class OpenReinspectionRefusalReferralDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final Referrals referrals;

    public OpenReinspectionRefusalReferralDelegate(SamplingApi sampling, Referrals referrals) {
        this.sampling = sampling;
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseCode = ProcessVariables.CASE_CODE.in(execution);
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM,
                ProcessVariables.REINSPECTION_TASK_CODE.in(execution));
        String facts = "拒绝复查抽样：" + refusal.refusedByName()
                + (refusal.refusedByPosition() == null ? "" : "（" + refusal.refusedByPosition() + "）")
                + "拒绝复查抽样；抽样人员 " + String.join("、", refusal.samplers()) + " 已告知法律后果。"
                + (refusal.note() == null ? "" : refusal.note());
        ReferralView referral = referrals.openReferral(Actor.SYSTEM, new OpenReferralCommand(caseCode, refusal.authorityCode(),
                refusal.enterpriseCode(), refusal.enterpriseName(), "REFUSED_SAMPLING", facts,
                refusal.evidence().stream().map(AttachmentView::id).toList()));
        ProcessVariables.REFUSAL_REFERRAL_ID.set(execution, referral.id());
    }
}
