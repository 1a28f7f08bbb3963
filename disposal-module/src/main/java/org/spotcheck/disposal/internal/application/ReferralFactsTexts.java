package org.spotcheck.disposal.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.spotcheck.disposal.api.ReferralFacts;
import org.spotcheck.shared.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * The facts of a referral letter (案件移送函的基本事实) worded from their data with the disposal bundle
 * ({@code stored.referral.*} and {@code disposal.referral.*} in i18n/disposal*.properties): the Chinese text the letter states, and the message kept with
 * the referral (V4_271) whose arguments carry both languages, so that an English page reads the facts in English (issue
 * 17). The keys keep the names the process glue stored them under, so the rows written before keep rendering.
 */
@Component
class ReferralFactsTexts {

    private final DisposalTexts texts;

    ReferralFactsTexts(DisposalTexts texts) {
        this.texts = texts;
    }

    /** The facts' Chinese text (the letter's) and their message. */
    record Worded(String zh, StoredMessage message) {
    }

    Worded word(ReferralFacts facts) {
        StoredMessage message;
        if (facts instanceof ReferralFacts.RefusedSampling f) {
            message = refusedSampling(f);
        } else if (facts instanceof ReferralFacts.QualityProblem f) {
            message = qualityProblem(f);
        } else {
            message = revocation((ReferralFacts.LicenceRevocation) facts);
        }
        return new Worded(texts.zh(message.key(), message.zhArgs()), message);
    }

    /** Who refused, his position, the samplers (as the 抽样单 names them), the note (R18; domain.md §4.5). */
    private StoredMessage refusedSampling(ReferralFacts.RefusedSampling f) {
        String key = f.reinspection() ? "stored.referral.reinspectionRefused" : "stored.referral.refusedSampling";
        // the position, as the person gave it, in the sentence of each language
        StoredMessage.Arg position = f.refusedByPosition() == null ? StoredMessage.Arg.text("")
                : both("disposal.referral.position", f.refusedByPosition());
        return StoredMessage.of(key, f.refusedByName(), position,
                StoredMessage.Arg.zhEn(String.join("、", f.samplers()), String.join(", ", f.samplers())),
                f.note() == null ? "" : f.note());
    }

    /** A serious quality problem (R27): the report (and the re-test's), the grade and the failed items with their class. */
    private StoredMessage qualityProblem(ReferralFacts.QualityProblem f) {
        StoredMessage.Arg failing = StoredMessage.Arg.zhEn(
                String.join("、", f.failedItems().stream().map(i -> texts.zh("stored.referral.failingItem", i.nameZh(), i.itemClass())).toList()),
                String.join(", ", f.failedItems().stream().map(i -> texts.en("stored.referral.failingItem", i.englishName(), i.itemClass())).toList()));
        StoredMessage.Arg retest = f.retestReportNo() == null ? StoredMessage.Arg.text("")
                : both("stored.referral.retestReport", f.retestReportNo());
        return StoredMessage.of("stored.referral.qualityProblem", StoredMessage.Arg.org(f.enterpriseCode(), f.enterpriseName()),
                StoredMessage.Arg.product(f.productCode(), f.productName()), f.sampleCode(), f.reportNo(), retest, grade(f.grade()), failing);
    }

    /**
     * The revocation of the business licence (R16; Product Quality Law art. 17: 整顿期满复查产品质量仍不合格的，吊销营业执照):
     * on the last re-inspection's report, or on its refused sampling (counts as failed, Order 18 art. 49), with the
     * earlier reports as the history that led to it.
     */
    private StoredMessage revocation(ReferralFacts.LicenceRevocation f) {
        ReferralFacts.Round last = f.basis();
        StoredMessage.Arg history = StoredMessage.Arg.zhEn(history(f.history(), texts::zh, "；"), history(f.history(), texts::en, "; "));
        StoredMessage.Arg enterprise = StoredMessage.Arg.org(f.enterpriseCode(), f.enterpriseName());
        StoredMessage.Arg product = StoredMessage.Arg.product(f.productCode(), f.productName());
        if (last.reportNo() == null) {
            return StoredMessage.of("stored.referral.revocationRefused", enterprise, product, day(f.suspendedUntil()), last.round(),
                    history, day(f.announcedOn()));
        }
        StoredMessage.Arg lab = last.labCode() == null ? StoredMessage.Arg.text("—") : StoredMessage.Arg.org(last.labCode(), last.labName());
        return StoredMessage.of("stored.referral.revocationFinal", enterprise, product, day(f.suspendedUntil()), last.round(),
                last.reportNo(), lab, last.sampleCode() == null ? "—" : last.sampleCode(),
                StoredMessage.Arg.zhEn(sampleIdentity(last, texts::zh, "，"), sampleIdentity(last, texts::en, ", ")),
                grade(last.grade()), failedItems(last), history, day(f.announcedOn()));
    }

    /** The reports before the last one, oldest first, in one language. */
    private static String history(List<ReferralFacts.Report> reports, BiFunction<String, Object[], String> text, String separator) {
        List<String> parts = new ArrayList<>();
        for (ReferralFacts.Report r : reports) {
            parts.add(switch (r.kind()) {
                case "SPOT_CHECK" -> text.apply("stored.referral.history.spotCheck", new Object[] {r.reportNo(), lab(r.labName())});
                case "RETEST" -> text.apply("stored.referral.history.retest", new Object[] {r.reportNo(), lab(r.labName())});
                default -> r.reportNo() == null ? text.apply("stored.referral.history.reinspectionRefused", new Object[] {r.round()})
                        : text.apply("stored.referral.history.reinspection", new Object[] {r.round(), r.reportNo(), lab(r.labName())});
            });
        }
        return String.join(separator, parts);
    }

    private static String lab(String name) {
        return name == null ? "—" : name;
    }

    /** The sample as the report identifies it: specification, batch, production date (— where none is known). */
    private static String sampleIdentity(ReferralFacts.Round r, BiFunction<String, Object[], String> text, String separator) {
        List<String> parts = new ArrayList<>();
        if (r.specification() != null && !r.specification().isBlank()) {
            parts.add(text.apply("stored.referral.specification", new Object[] {r.specification()}));
        }
        if (r.batchNumber() != null && !r.batchNumber().isBlank()) {
            parts.add(text.apply("stored.referral.batch", new Object[] {r.batchNumber()}));
        }
        if (r.productionDate() != null) {
            parts.add(text.apply("stored.referral.productionDate", new Object[] {r.productionDate().toString()}));
        }
        return parts.isEmpty() ? "—" : String.join(separator, parts);
    }

    /**
     * The last round's failed items: their Chinese names as the re-inspection kept them (the letter's text) and their
     * English names for an English page; where the items are not known one by one (kept before V4_280), the text as kept.
     */
    private static StoredMessage.Arg failedItems(ReferralFacts.Round last) {
        if (last.failedItems().isEmpty()) {
            return StoredMessage.Arg.text(last.failedItemsText() == null ? "—" : last.failedItemsText());
        }
        String zh = last.failedItemsText() != null ? last.failedItemsText()
                : String.join("、", last.failedItems().stream().map(ReferralFacts.Item::nameZh).toList());
        return StoredMessage.Arg.zhEn(zh,
                String.join(", ", last.failedItems().stream().map(ReferralFacts.Item::englishName).toList()));
    }

    /**
     * A date in the facts as the letter writes its own date (2027年3月8日, GB/T 9704-2012 7.3.5.3 for the 成文日期) on the
     * Chinese letter, and as the English pages write dates (2027-03-08) in English (walk 17h).
     */
    private StoredMessage.Arg day(LocalDate day) {
        if (day == null) {
            return StoredMessage.Arg.zhEn("—", "—");
        }
        return StoredMessage.Arg.zhEn(texts.zh("stored.referral.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
                String.valueOf(day.getDayOfMonth())), day.toString());
    }

    /** The grade, worded in the reader's language (a key of its own; rows opened before keep stored.grade.* of the app). */
    private StoredMessage.Arg grade(String grade) {
        String key = "SERIOUS".equals(grade) ? "disposal.publication.gradeSerious" : "disposal.publication.gradeGeneral";
        return new StoredMessage.Arg(StoredMessage.Kind.KEY, key, texts.zh(key));
    }

    private StoredMessage.Arg both(String key, Object... args) {
        return StoredMessage.Arg.zhEn(texts.zh(key, args), texts.en(key, args));
    }
}
