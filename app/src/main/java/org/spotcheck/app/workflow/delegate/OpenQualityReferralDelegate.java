package org.spotcheck.app.workflow.delegate;

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

    public OpenQualityReferralDelegate(ResultHandling resultHandling, Referrals referrals, SamplingApi sampling) {
        this.resultHandling = resultHandling;
        this.referrals = referrals;
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<Long> photos = sampling.getSample(Actor.SYSTEM, ProcessVariables.ORIGINAL_SAMPLE_ID.in(execution))
                .photos().stream().map(AttachmentView::id).toList();
        String failing = c.items().stream().filter(i -> "FAIL".equals(i.finalVerdict()))
                .map(i -> i.nameZh() + "（" + i.itemClass() + "类）").collect(Collectors.joining("、"));
        String facts = "严重质量问题：" + c.enterpriseName() + " 生产/销售的 " + c.productName() + "（样品 " + c.sampleCode()
                + "）经检验报告 " + c.reportNo() + (c.objection() != null && c.objection().retestReportNo() != null
                        ? "、复检报告 " + c.objection().retestReportNo() : "")
                + " 确定为不合格（" + ("SERIOUS".equals(c.finalGrade()) ? "严重不合格" : "一般不合格") + "），不合格项目：" + failing + "。已责令停止生产、销售。";
        ReferralView referral = referrals.openReferral(Actor.SYSTEM, new OpenReferralCommand(c.taskCode(), c.authorityCode(),
                c.enterpriseCode(), c.enterpriseName(), "SERIOUS_QUALITY_PROBLEM", facts, photos));
        ProcessVariables.REFERRAL_ID.set(execution, referral.id());
    }
}
