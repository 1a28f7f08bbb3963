package org.spotcheck.testing.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Role;
import org.spotcheck.testing.api.EnterResultsCommand;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.ResultEntry;
import org.spotcheck.testing.internal.domain.BatchVerdict;
import org.spotcheck.testing.internal.domain.ItemClass;
import org.spotcheck.testing.internal.domain.ItemResult;
import org.spotcheck.testing.internal.domain.ItemVerdict;
import org.spotcheck.testing.internal.domain.Report;
import org.spotcheck.testing.internal.domain.ResultRefusedException;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.ReportMapper;
import org.spotcheck.testing.internal.persistence.ReportRow;
import org.spotcheck.testing.internal.persistence.TestItemRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results: the lab enters a result per test item, the system judges every item and the batch
 * (R28) and drafts the report, or a new version of an issued one whose correction was requested.
 */
@Service
@Transactional
class ResultEntryService implements ResultEntry {

    private final TestingSupport support;

    ResultEntryService(TestingSupport support) {
        this.support = support;
    }


    @Override
    public ReportView enterResults(Actor actor, long labSampleId, EnterResultsCommand command) {
        LabSampleRow sample = support.ownSample(actor, labSampleId, Role.LAB_TESTER);
        support.check(command);
        // R22 (Order 18 art. 9): samplers may not test what they sampled (抽检分离)
        if (Arrays.asList(sample.samplers.split(",")).contains(actor.username())) {
            throw new AccessRefusedException("SAMPLER_MAY_NOT_TEST", "a sampler may not test his own sample");
        }
        if (!"RECEIVED".equals(sample.status) && !"TESTED".equals(sample.status)) {
            throw new ConflictException("NOT_RECEIVED", "the sample has not been received");
        }
        ReportRow current = support.reports.current(labSampleId);
        String correctionReason = null;
        if (current != null && "ISSUED".equals(current.status)) {
            correctionReason = support.openCorrection(current);
            if (correctionReason == null) {
                throw new ConflictException("REPORT_ISSUED", "the report is issued; only a correction requested by the authorised signatory makes a new version");
            }
        } else if (current != null) {
            TestingSupport.load(current).requireEditable(); // REPORT_LOCKED while in review
        }
        Map<String, String> overrides = command.overrides() == null ? Map.of() : command.overrides();
        Map<String, String> reasons = command.overrideReasons() == null ? Map.of() : command.overrideReasons();
        List<TestItemRow> items = support.samples.items(labSampleId);
        List<FieldViolation> violations = new ArrayList<>();
        List<ItemResult> results = new ArrayList<>();
        for (String code : command.results().keySet()) {
            if (items.stream().noneMatch(i -> i.code.equals(code))) {
                violations.add(new FieldViolation("results." + code, "UNKNOWN_ITEM", "not a test item of this sample", List.of()));
            }
        }
        // R28: an override of the computed judgment is PASS or FAIL and always says why
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            String code = o.getKey();
            if (o.getValue() == null || o.getValue().isBlank()) {
                continue;
            }
            if (items.stream().noneMatch(i -> i.code.equals(code))) {
                violations.add(new FieldViolation("overrides." + code, "UNKNOWN_ITEM", "not a test item of this sample", List.of()));
            } else if (!List.of("PASS", "FAIL").contains(o.getValue().strip().toUpperCase(java.util.Locale.ROOT))) {
                violations.add(new FieldViolation("overrides." + code, "INVALID_OVERRIDE", "an override is PASS or FAIL", List.of()));
            } else if (reasons.get(code) == null || reasons.get(code).isBlank()) {
                violations.add(new FieldViolation("overrideReasons." + code, "OVERRIDE_REASON_REQUIRED",
                        "an override needs a reason", List.of()));
            } else if (reasons.get(code).length() > 500) {
                violations.add(new FieldViolation("overrideReasons." + code, "TOO_LONG", "at most 500 characters", List.of(500)));
            }
        }
        for (TestItemRow item : items) {
            String measured = command.results().get(item.code);
            String field = "results." + item.code;
            if (measured == null || measured.isBlank()) {
                violations.add(new FieldViolation(field, "RESULT_REQUIRED", "a result is required for " + item.code, List.of(itemName(item))));
                continue;
            }
            try {
                ItemResult result = ItemResult.judge(item.code, ItemClass.valueOf(item.itemClass), TestItems.limit(item), measured.strip());
                String override = overrides.get(item.code);
                if (override != null && !override.isBlank() && violations.isEmpty()) {
                    result = result.override(ItemVerdict.valueOf(override.strip().toUpperCase()), reasons.get(item.code));
                }
                results.add(result);
            } catch (ResultRefusedException e) {
                // refused per item with its own stable rule: impossible, not judgeable, not a choice
                violations.add(new FieldViolation(field, e.rule(), e.getMessage(), withItem(item, e.args())));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(field, "INVALID_RESULT", e.getMessage(), List.of(itemName(item), e.getMessage())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (int i = 0; i < items.size(); i++) {
            TestItemRow item = items.get(i);
            ItemResult result = results.get(i);
            item.measured = result.measured();
            item.rounded = result.rounded();
            item.computedVerdict = result.computed().name();
            item.verdict = result.verdict().name();
            item.overrideReason = result.overridden() ? result.overrideReason() : null;
        }
        if (!items.isEmpty()) {
            support.samples.updateItemResults(items); // one statement for all items (issue 14.2)
        }
        BatchVerdict verdict = BatchVerdict.of(results);
        Instant now = TestingSupport.now();
        if (current == null || correctionReason != null) {
            ReportRow report = new ReportRow();
            report.labSampleId = labSampleId;
            report.version = current == null ? 1 : current.version + 1;
            report.previousReportId = current == null ? null : current.id;
            report.correctionReason = correctionReason;
            report.conclusion = verdict.conclusion().name();
            report.grade = verdict.grade() == null ? null : verdict.grade().name();
            report.failedItems = String.join(",", verdict.failedItemCodes());
            TestingSupport.copy(Report.draft(actor.username(), now), report);
            support.reports.insert(report);
            report.rowVersion = 0; // as the insert writes it
            // the row as the update left it, kept for the view below instead of read again (issue 14.2)
            if (support.samples.updateStatus(labSampleId, "RECEIVED", "TESTED") == 1) {
                sample.status = "TESTED";
                sample.rowVersion = sample.rowVersion + 1;
            }
            KeptRows.keep(LabSampleRow.class, labSampleId, sample);
            support.event(report.id, "DRAFTED", actor, null);
            return support.reportView(report); // the row as inserted: what a read would return
        }
        current.conclusion = verdict.conclusion().name();
        current.grade = verdict.grade() == null ? null : verdict.grade().name();
        current.failedItems = String.join(",", verdict.failedItemCodes());
        Report chain = TestingSupport.load(current);
        chain.redraft(actor.username(), now);
        support.save(chain, current);
        support.event(current.id, "REDRAFTED", actor, null);
        return support.reportView(current); // the row as saved: what a read would return (issue 14.2)
    }

    /** The arguments of an item's refusal text: the item's name ({0}), then the refusal's own ({1}, ...). */
    private static List<Object> withItem(TestItemRow item, Object[] args) {
        List<Object> all = new ArrayList<>();
        all.add(itemName(item));
        all.addAll(Arrays.asList(args));
        return all;
    }

    /**
     * The item's name in the refusal, in the reader's language: the English name (issue 17: an English page said
     * "Enter the result of 亮度（白度）") where the item has one, else its Chinese name.
     */
    private static String itemName(TestItemRow item) {
        boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return english && item.nameEn != null && !item.nameEn.isBlank() ? item.nameEn : item.nameZh;
    }
}
