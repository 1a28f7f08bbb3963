package org.spotcheck.app.workflow.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.text.StoredTexts;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Parties;
import org.spotcheck.shared.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * Failing again after the suspension: the case goes to enforcement for the revocation of the business licence
 * (R16; Product Quality Law art. 17: 整顿期满复查产品质量仍不合格的，吊销营业执照). The proposal rests on the last
 * re-inspection: its report (number and lab), its own sample, grade and failed items; the earlier reports (the
 * spot check's, a re-test's, the earlier re-inspections') follow as the history that led to it.
 */
@Component("openRevocationReferralDelegate")
public class OpenRevocationReferralDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;
    private final ReferralOpener referrals;
    private final Parties parties;
    private final StoredTexts texts;
    private final org.spotcheck.planning.api.ImplementationRules rules;

    OpenRevocationReferralDelegate(ResultHandling resultHandling, ReferralOpener referrals, Parties parties, StoredTexts texts,
            org.spotcheck.planning.api.ImplementationRules rules) {
        this.resultHandling = resultHandling;
        this.referrals = referrals;
        this.parties = parties;
        this.texts = texts;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        List<ReinspectionView> rounds = c.reinspections();
        ReinspectionView last = rounds.get(rounds.size() - 1);
        List<ReinspectionView> earlier = rounds.subList(0, rounds.size() - 1);
        // each part in both languages: the facts (the 移送函's Chinese text) read in English on an English page (issue 17)
        StoredMessage.Arg history = StoredMessage.Arg.zhEn(history(c, earlier, Locale.SIMPLIFIED_CHINESE), history(c, earlier, Locale.ENGLISH));
        StoredMessage.Arg enterprise = StoredMessage.Arg.org(c.enterpriseCode(), c.enterpriseName());
        StoredMessage.Arg product = StoredMessage.Arg.product(c.productCode(), c.productName());
        // a refused re-inspection (拒绝复查抽样) counts as failed and has no report of its own (Order 18 art. 49)
        StoredMessage facts = last.reportNo() == null ? StoredMessage.of("stored.referral.revocationRefused", enterprise, product,
                day(c.suspendedUntil()), last.round(), history, day(c.announcedOn()))
                : StoredMessage.of("stored.referral.revocationFinal", enterprise, product,
                day(c.suspendedUntil()), last.round(), last.reportNo(), lab(last.labCode() == null ? c.labCode() : last.labCode()),
                last.sampleCode() == null ? "—" : last.sampleCode(),
                StoredMessage.Arg.zhEn(sampleIdentity(last, Locale.SIMPLIFIED_CHINESE), sampleIdentity(last, Locale.ENGLISH)),
                grade(last.grade()), failedItems(c.productCode(), last), history, day(c.announcedOn()));
        referrals.ofCase(execution, c, "LICENCE_REVOCATION", facts, List.of(), ProcessVariables.REVOCATION_REFERRAL_ID);
    }

    /**
     * A date in the facts as the letter writes its own date (2027年3月8日, GB/T 9704-2012 7.3.5.3 for the 成文日期) on
     * the Chinese letter, and as the English pages write dates (2027-03-08) in English (walk 17h: the letter read
     * 停业整顿至 2027-03-08 above its own date 2027年3月9日).
     */
    private StoredMessage.Arg day(java.time.LocalDate day) {
        if (day == null) {
            return StoredMessage.Arg.zhEn("—", "—");
        }
        return StoredMessage.Arg.zhEn(texts.zh("stored.referral.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
                String.valueOf(day.getDayOfMonth())), day.toString());
    }

    private String text(Locale locale, String key, Object... args) {
        return "en".equals(locale.getLanguage()) ? texts.en(key, args) : texts.zh(key, args);
    }

    /** The reports before the last one, oldest first: the spot check's (and its re-test's), then each re-inspection's. */
    private String history(CaseView c, List<ReinspectionView> earlier, Locale locale) {
        List<String> reports = new ArrayList<>();
        reports.add(text(locale, "stored.referral.history.spotCheck", c.reportNo(), labName(c.labCode())));
        if (c.objection() != null && c.objection().retestReportNo() != null) {
            reports.add(text(locale, "stored.referral.history.retest", c.objection().retestReportNo(), labName(c.objection().retestLabCode())));
        }
        for (ReinspectionView r : earlier) {
            reports.add(r.reportNo() == null ? text(locale, "stored.referral.history.reinspectionRefused", r.round())
                    : text(locale, "stored.referral.history.reinspection", r.round(), r.reportNo(),
                            labName(r.labCode() == null ? c.labCode() : r.labCode())));
        }
        return String.join("en".equals(locale.getLanguage()) ? "; " : "；", reports);
    }

    private String sampleIdentity(ReinspectionView r, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (r.specification() != null && !r.specification().isBlank()) {
            parts.add(text(locale, "stored.referral.specification", r.specification()));
        }
        if (r.batchNumber() != null && !r.batchNumber().isBlank()) {
            parts.add(text(locale, "stored.referral.batch", r.batchNumber()));
        }
        if (r.productionDate() != null) {
            parts.add(text(locale, "stored.referral.productionDate", r.productionDate().toString()));
        }
        return parts.isEmpty() ? "—" : String.join("en".equals(locale.getLanguage()) ? ", " : "，", parts);
    }

    /**
     * The last round's failed items: their Chinese names as the re-inspection kept them (the 移送函's text) and, where it
     * kept their codes too (V4_280), their English names in the product's rule in force for an English page (brief
     * codes17: they read in Chinese there); an item the rule does not name in English keeps its Chinese name.
     */
    private StoredMessage.Arg failedItems(String productCode, ReinspectionView last) {
        String zh = last.failedItemsText() == null ? "—" : last.failedItemsText();
        String[] codes = last.failedItemCodes() == null || last.failedItemCodes().isBlank() ? new String[0] : last.failedItemCodes().split("、");
        String[] names = zh.split("、");
        if (codes.length == 0 || codes.length != names.length) {
            return StoredMessage.Arg.text(zh);
        }
        java.util.Map<String, String> english = OpenQualityReferralDelegate.englishItemNames(rules, productCode);
        List<String> en = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            en.add(english.getOrDefault(codes[i], names[i]));
        }
        return StoredMessage.Arg.zhEn(zh, String.join(", ", en));
    }

    private StoredMessage.Arg grade(String grade) {
        String key = "SERIOUS".equals(grade) ? "stored.grade.serious" : "stored.grade.general";
        return new StoredMessage.Arg(StoredMessage.Kind.KEY, key, texts.zh(key));
    }

    private StoredMessage.Arg lab(String code) {
        return code == null ? StoredMessage.Arg.text("—") : StoredMessage.Arg.org(code, labName(code));
    }

    private String labName(String code) {
        return code == null ? "—" : parties.organisation(code).name();
    }
}
