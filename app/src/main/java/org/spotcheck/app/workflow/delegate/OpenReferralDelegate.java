package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A refused spot-check opens an enforcement referral (Product Quality Law art. 56, R18; domain.md
 * §4.5) carrying what the samplers recorded and their evidence.
 */
@Component("openReferralDelegate")
public class OpenReferralDelegate implements JavaDelegate {

    private final ReferralOpener referrals;

    OpenReferralDelegate(ReferralOpener referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.refusedSampling(execution, ProcessVariables.CASE_CODE.in(execution), false, ProcessVariables.REFERRAL_ID);
    }
}
