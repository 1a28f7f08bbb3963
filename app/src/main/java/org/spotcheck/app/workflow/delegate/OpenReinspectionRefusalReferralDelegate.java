package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A refusal of the re-inspection's sampling goes to enforcement (移送) like a refused spot-check
 * (Product Quality Law art. 56, R18), with what the samplers recorded and their evidence.
 */
@Component("openReinspectionRefusalReferralDelegate")
public class OpenReinspectionRefusalReferralDelegate implements JavaDelegate {

    private final ReferralOpener referrals;

    OpenReinspectionRefusalReferralDelegate(ReferralOpener referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.refusedSampling(execution, ProcessVariables.REINSPECTION_TASK_CODE.in(execution), true,
                ProcessVariables.REFUSAL_REFERRAL_ID);
    }
}
