package org.spotcheck.app.workflow.delegate;

import org.spotcheck.app.workflow.text.StoredTexts;
import java.util.List;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.disposal.api.Referrals;
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
    private final Referrals referrals;
    private final SamplingApi sampling;

    private final StoredTexts texts;

    public OpenQualityReferralDelegate(ResultHandling resultHandling, Referrals referrals, SamplingApi sampling, StoredTexts texts) {
        this.resultHandling = resultHandling;
        this.referrals = referrals;
        this.sampling = sampling;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<Long> photos = sampling.getSample(Actor.SYSTEM, ProcessVariables.ORIGINAL_SAMPLE_ID.in(execution))
                .photos().stream().map(AttachmentView::id).toList();
        String failing = c.items().stream().filter(i -> "FAIL".equals(i.finalVerdict()))
                .map(i -> texts.zh("stored.referral.failingItem", i.nameZh(), i.itemClass())).collect(Collectors.joining("、"));
        String retest = c.objection() != null && c.objection().retestReportNo() != null
                ? texts.zh("stored.referral.retestReport", c.objection().retestReportNo()) : "";
        String grade = texts.zh("SERIOUS".equals(c.finalGrade()) ? "stored.grade.serious" : "stored.grade.general");
        String facts = texts.zh("stored.referral.qualityProblem", c.enterpriseName(), c.productName(), c.sampleCode(),
                c.reportNo(), retest, grade, failing);
        ReferralView referral = referrals.openReferral(Actor.SYSTEM, new OpenReferralCommand(c.taskCode(), c.authorityCode(),
                c.enterpriseCode(), c.enterpriseName(), "SERIOUS_QUALITY_PROBLEM", facts, photos));
        ProcessVariables.REFERRAL_ID.set(execution, referral.id());
    }
}
