package org.spotcheck.app.workflow.delegate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.StoredMessage;
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
    private final ImplementationRules rules;

    OpenQualityReferralDelegate(ResultHandling resultHandling, SamplingApi sampling, ReferralOpener referrals,
            ImplementationRules rules) {
        this.resultHandling = resultHandling;
        this.sampling = sampling;
        this.referrals = referrals;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<AttachmentView> photos = sampling.getSample(Actor.SYSTEM, ProcessVariables.ORIGINAL_SAMPLE_ID.in(execution)).photos();
        List<CaseView.Item> failed = c.items().stream().filter(i -> "FAIL".equals(i.finalVerdict())).toList();
        Map<String, String> english = englishItemNames(rules, c.productCode());
        // each part in both languages, so that the facts (the 移送函's Chinese text) read in English on an English page
        StoredMessage.Arg failing = StoredMessage.Arg.zhEn(
                failed.stream().map(i -> referrals.zh("stored.referral.failingItem", i.nameZh(), i.itemClass())).collect(Collectors.joining("、")),
                failed.stream().map(i -> referrals.en("stored.referral.failingItem", english.getOrDefault(i.code(), i.nameZh()), i.itemClass()))
                        .collect(Collectors.joining(", ")));
        boolean retested = c.objection() != null && c.objection().retestReportNo() != null;
        StoredMessage.Arg retest = !retested ? StoredMessage.Arg.text("")
                : StoredMessage.Arg.zhEn(referrals.zh("stored.referral.retestReport", c.objection().retestReportNo()),
                        referrals.en("stored.referral.retestReport", c.objection().retestReportNo()));
        String gradeKey = "SERIOUS".equals(c.finalGrade()) ? "stored.grade.serious" : "stored.grade.general";
        StoredMessage facts = StoredMessage.of("stored.referral.qualityProblem", StoredMessage.Arg.org(c.enterpriseCode(), c.enterpriseName()),
                StoredMessage.Arg.product(c.productCode(), c.productName()), c.sampleCode(), c.reportNo(), retest,
                new StoredMessage.Arg(StoredMessage.Kind.KEY, gradeKey, referrals.zh(gradeKey)), failing);
        referrals.ofCase(execution, c, "SERIOUS_QUALITY_PROBLEM", facts, photos, ProcessVariables.REFERRAL_ID);
    }

    /** The test items' English names by code, from the product's implementation rule in force (none: the Chinese stay). */
    static Map<String, String> englishItemNames(ImplementationRules rules, String productCode) {
        Map<String, String> names = new HashMap<>();
        if (productCode == null) {
            return names;
        }
        try {
            for (RuleView.Item item : rules.activeRule(productCode).items()) {
                if (item.nameEn() != null && !item.nameEn().isBlank()) {
                    names.put(item.code(), item.nameEn());
                }
            }
        } catch (NotFoundException noActiveRule) {
            // the Chinese names stay
        }
        return names;
    }
}
