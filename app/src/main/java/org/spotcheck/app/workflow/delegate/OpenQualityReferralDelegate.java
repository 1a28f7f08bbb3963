package org.spotcheck.app.workflow.delegate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReferralFacts;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.NotFoundException;
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
        // the facts as data, each item with its English name in the rule in force; disposal words them (ReferralFacts)
        List<ReferralFacts.Item> items = failed.stream().map(i -> new ReferralFacts.Item(i.nameZh(), english.get(i.code()), i.itemClass())).toList();
        String retestReportNo = c.objection() == null ? null : c.objection().retestReportNo();
        ReferralFacts facts = new ReferralFacts.QualityProblem(c.enterpriseCode(), c.enterpriseName(), c.productCode(), c.productName(),
                c.sampleCode(), c.reportNo(), retestReportNo, c.finalGrade(), items);
        referrals.ofCase(execution, c, facts, photos, ProcessVariables.REFERRAL_ID);
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
