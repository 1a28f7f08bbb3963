package org.spotcheck.app.workflow.delegate;

import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Failing again after the suspension: the case goes to enforcement for the revocation of the
 * business licence (R16; Product Quality Law art. 17), with the re-inspection reports as facts.
 */
@Component("openRevocationReferralDelegate")
public class OpenRevocationReferralDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;
    private final ReferralOpener referrals;

    OpenRevocationReferralDelegate(ResultHandling resultHandling, ReferralOpener referrals) {
        this.resultHandling = resultHandling;
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<String> reports = c.reinspections().stream().map(ReinspectionView::reportNo).toList();
        String facts = referrals.zh("stored.referral.revocation", c.enterpriseName(), c.productName(), c.reportNo(),
                String.join("、", reports), String.valueOf(c.announcedOn()), String.valueOf(c.suspendedUntil()));
        referrals.ofCase(execution, c, "LICENCE_REVOCATION", facts, List.of(), ProcessVariables.REVOCATION_REFERRAL_ID);
    }
}
