package org.spotcheck.disposal.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a referral to enforcement (移送) as data: the caller names what it knows (codes, names, dates, report
 * numbers), and disposal words them (the 移送函's 基本事实, in Chinese as the letter states them and in English for an
 * English page) with its own bundle (i18n/disposal*.properties; the rule and its wording live in their module).
 */
public sealed interface ReferralFacts {

    /** The referral's reason: REFUSED_SAMPLING, SERIOUS_QUALITY_PROBLEM or LICENCE_REVOCATION. */
    String reason();

    /**
     * A refused sampling (Product Quality Law art. 56, R18; domain.md §4.5): of the spot check or of a re-inspection.
     *
     * @param reinspection      whether the refused sampling was a re-inspection's (拒绝复查抽样)
     * @param refusedByName     who refused, as the samplers recorded him
     * @param refusedByPosition his position as he gave it; null if not given
     * @param samplers          the samplers by their real names, as the 抽样单 names them (issue 17)
     * @param note              what the samplers noted; null if nothing
     */
    record RefusedSampling(boolean reinspection, String refusedByName, String refusedByPosition, List<String> samplers,
            String note) implements ReferralFacts {

        public RefusedSampling {
            samplers = samplers == null ? List.of() : List.copyOf(samplers);
        }

        @Override
        public String reason() {
            return "REFUSED_SAMPLING";
        }
    }

    /**
     * A serious quality problem (严重质量问题, R27; Product Quality Law art. 17 para 2).
     *
     * @param retestReportNo the re-test's report number; null without a re-test
     * @param grade          SERIOUS or GENERAL (the final grade)
     * @param failedItems    the failed items, in the case's order
     */
    record QualityProblem(String enterpriseCode, String enterpriseName, String productCode, String productName,
            String sampleCode, String reportNo, String retestReportNo, String grade, List<Item> failedItems)
            implements ReferralFacts {

        public QualityProblem {
            failedItems = failedItems == null ? List.of() : List.copyOf(failedItems);
        }

        @Override
        public String reason() {
            return "SERIOUS_QUALITY_PROBLEM";
        }
    }

    /**
     * A test item as the facts name it.
     *
     * @param nameZh    its Chinese name (the 移送函's text)
     * @param nameEn    its English name in the product's rule in force; null: the Chinese name in English too
     * @param itemClass its class (A, B, C); null where the facts do not give it
     */
    record Item(String nameZh, String nameEn, String itemClass) {

        /** Its name on an English page: the English name, else the Chinese one. */
        public String englishName() {
            return nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
        }
    }

    /**
     * Failing again after the suspension: the revocation of the business licence is proposed (R16; Product Quality Law
     * art. 17). The proposal rests on the last re-inspection; the earlier reports follow as the history.
     *
     * @param basis   the last re-inspection round
     * @param history the reports before it, oldest first (the spot check's, a re-test's, the earlier re-inspections')
     */
    record LicenceRevocation(String enterpriseCode, String enterpriseName, String productCode, String productName,
            LocalDate suspendedUntil, LocalDate announcedOn, Round basis, List<Report> history) implements ReferralFacts {

        public LicenceRevocation {
            history = history == null ? List.of() : List.copyOf(history);
        }

        @Override
        public String reason() {
            return "LICENCE_REVOCATION";
        }
    }

    /**
     * The re-inspection round a revocation rests on.
     *
     * @param reportNo    its report number; null where the enterprise refused its sampling (counts as failed, Order 18
     *                    art. 49)
     * @param labCode     the lab that tested it; {@code labName} its name
     * @param failedItemsText the failed items' Chinese names as the re-inspection kept them (the letter's text)
     * @param failedItems the same items one by one where their codes were kept too (V4_280), else empty: the text is
     *                    then read as kept; {@link Item#itemClass} is not given here
     */
    record Round(int round, String reportNo, String labCode, String labName, String sampleCode, String specification,
            String batchNumber, LocalDate productionDate, String grade, String failedItemsText, List<Item> failedItems) {

        public Round {
            failedItems = failedItems == null ? List.of() : List.copyOf(failedItems);
        }
    }

    /**
     * A report in a revocation's history.
     *
     * @param kind     SPOT_CHECK, RETEST or REINSPECTION
     * @param round    the re-inspection's round (0 for the others)
     * @param reportNo the report number; null for a re-inspection whose sampling was refused
     * @param labName  the lab's name
     */
    record Report(String kind, int round, String reportNo, String labName) {
    }
}
