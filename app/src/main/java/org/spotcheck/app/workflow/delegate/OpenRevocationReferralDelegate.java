package org.spotcheck.app.workflow.delegate;

import org.spotcheck.app.workflow.text.StoredTexts;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.disposal.api.Referrals;
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
    private final Referrals referrals;

    private final StoredTexts texts;

    public OpenRevocationReferralDelegate(ResultHandling resultHandling, Referrals referrals, StoredTexts texts) {
        this.resultHandling = resultHandling;
        this.referrals = referrals;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<String> reports = c.reinspections().stream().map(ReinspectionView::reportNo).toList();
        String facts = texts.zh("stored.referral.revocation", c.enterpriseName(), c.productName(), c.reportNo(),
                String.join("、", reports), String.valueOf(c.announcedOn()), String.valueOf(c.suspendedUntil()));
        ReferralView referral = referrals.openReferral(Actor.SYSTEM, new OpenReferralCommand(c.taskCode(), c.authorityCode(),
                c.enterpriseCode(), c.enterpriseName(), "LICENCE_REVOCATION", facts, List.of()));
        ProcessVariables.REVOCATION_REFERRAL_ID.set(execution, referral.id());
    }
}
