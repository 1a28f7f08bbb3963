package org.spotcheck.app.workflow.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReferralFacts;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Parties;
import org.springframework.stereotype.Component;

/**
 * Failing again after the suspension: the case goes to enforcement for the revocation of the business licence
 * (R16; Product Quality Law art. 17: 整顿期满复查产品质量仍不合格的，吊销营业执照). The proposal rests on the last
 * re-inspection: its report (number and lab), its own sample, grade and failed items; the earlier reports (the
 * spot check's, a re-test's, the earlier re-inspections') follow as the history that led to it. The facts go as data,
 * with the labs' names and the items' English names that other modules know; disposal words them (ReferralFacts).
 */
@Component("openRevocationReferralDelegate")
public class OpenRevocationReferralDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;
    private final ReferralOpener referrals;
    private final Parties parties;
    private final ImplementationRules rules;

    OpenRevocationReferralDelegate(ResultHandling resultHandling, ReferralOpener referrals, Parties parties,
            ImplementationRules rules) {
        this.resultHandling = resultHandling;
        this.referrals = referrals;
        this.parties = parties;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<ReinspectionView> rounds = c.reinspections();
        ReinspectionView last = rounds.get(rounds.size() - 1);
        String labCode = last.labCode() == null ? c.labCode() : last.labCode();
        ReferralFacts.Round basis = new ReferralFacts.Round(last.round(), last.reportNo(), labCode, labName(labCode), last.sampleCode(),
                last.specification(), last.batchNumber(), last.productionDate(), last.grade(), last.failedItemsText(),
                failedItems(c.productCode(), last));
        ReferralFacts facts = new ReferralFacts.LicenceRevocation(c.enterpriseCode(), c.enterpriseName(), c.productCode(),
                c.productName(), c.suspendedUntil(), c.announcedOn(), basis, history(c, rounds.subList(0, rounds.size() - 1)));
        referrals.ofCase(execution, c, facts, List.of(), ProcessVariables.REVOCATION_REFERRAL_ID);
    }

    /** The reports before the last one, oldest first: the spot check's (and its re-test's), then each re-inspection's. */
    private List<ReferralFacts.Report> history(CaseView c, List<ReinspectionView> earlier) {
        List<ReferralFacts.Report> reports = new ArrayList<>();
        reports.add(new ReferralFacts.Report("SPOT_CHECK", 0, c.reportNo(), labName(c.labCode())));
        if (c.objection() != null && c.objection().retestReportNo() != null) {
            reports.add(new ReferralFacts.Report("RETEST", 0, c.objection().retestReportNo(), labName(c.objection().retestLabCode())));
        }
        for (ReinspectionView r : earlier) {
            reports.add(new ReferralFacts.Report("REINSPECTION", r.round(), r.reportNo(), labName(r.labCode() == null ? c.labCode() : r.labCode())));
        }
        return reports;
    }

    /**
     * The last round's failed items one by one where the re-inspection kept their codes too (V4_280), with their English
     * names in the product's rule in force (brief codes17); otherwise none, and the facts read the text as kept.
     */
    private List<ReferralFacts.Item> failedItems(String productCode, ReinspectionView last) {
        String zh = last.failedItemsText() == null ? "—" : last.failedItemsText();
        String[] codes = last.failedItemCodes() == null || last.failedItemCodes().isBlank() ? new String[0] : last.failedItemCodes().split("、");
        String[] names = zh.split("、");
        if (codes.length == 0 || codes.length != names.length) {
            return List.of();
        }
        Map<String, String> english = OpenQualityReferralDelegate.englishItemNames(rules, productCode);
        List<ReferralFacts.Item> items = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            items.add(new ReferralFacts.Item(names[i], english.get(codes[i]), null));
        }
        return items;
    }

    private String labName(String code) {
        return code == null ? "—" : parties.organisation(code).name();
    }
}
