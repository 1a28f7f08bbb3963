package org.spotcheck.app.workflow.delegate;

import java.util.List;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A serious quality problem (严重质量问题, R27; Product Quality Law art. 17 para 2) goes to
 * enforcement (移送), carrying its evidence: the reports, the failed items and the sample's photos.
 */
@Component("openQualityReferralDelegate")
public class OpenQualityReferralDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;
    private final SamplingApi sampling;
    private final ReferralOpener referrals;

    OpenQualityReferralDelegate(ResultHandling resultHandling, SamplingApi sampling, ReferralOpener referrals) {
        this.resultHandling = resultHandling;
        this.sampling = sampling;
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<AttachmentView> photos = sampling.getSample(Actor.SYSTEM, ProcessVariables.ORIGINAL_SAMPLE_ID.in(execution)).photos();
        String failing = c.items().stream().filter(i -> "FAIL".equals(i.finalVerdict()))
                .map(i -> referrals.zh("stored.referral.failingItem", i.nameZh(), i.itemClass())).collect(Collectors.joining("、"));
        String retest = c.objection() != null && c.objection().retestReportNo() != null
                ? referrals.zh("stored.referral.retestReport", c.objection().retestReportNo()) : "";
        String grade = referrals.zh("SERIOUS".equals(c.finalGrade()) ? "stored.grade.serious" : "stored.grade.general");
        String facts = referrals.zh("stored.referral.qualityProblem", c.enterpriseName(), c.productName(), c.sampleCode(),
                c.reportNo(), retest, grade, failing);
        referrals.ofCase(execution, c, "SERIOUS_QUALITY_PROBLEM", facts, photos, ProcessVariables.REFERRAL_ID);
    }
}
