package org.spotcheck.disposal.internal.application;

import org.spotcheck.shared.StoredMessage;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.FileObjectionCommand;
import org.spotcheck.disposal.api.ObjectionDecisionCommand;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.disposal.internal.domain.DisposalCase.Status;
import org.spotcheck.disposal.internal.domain.DisposalCase;
import org.spotcheck.disposal.internal.domain.ResultRules;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.ObjectionRow;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Component;

/**
 * The objection window, objections and re-tests (R5, R7–R9) and the final conclusion with its
 * stop-sale flag (R12); part of {@link ResultHandlingService}, inside its transaction.
 */
@Component
class Objections {

    private final CaseStore store;
    private final PublicationLog publications;
    private final Warnings warnings;
    private final Validator validator;

    Objections(CaseStore store, PublicationLog publications, Warnings warnings, Validator validator) {
        this.store = store;
        this.publications = publications;
        this.warnings = warnings;
        this.validator = validator;
    }

    CaseView fileObjection(Actor actor, long caseId, FileObjectionCommand command) {
        DisposalCaseRow row = store.asEnterprise(actor, caseId);
        Validation.check(validator, command);
        if (CaseStore.aggregate(row).is(Status.NOTICE_SENT, Status.AWAITING_NOTICE)) {
            throw new ConflictException("NOT_SERVED", "the notice has not been served yet");
        }
        LocalDate deadline = store.objectionDeadline(row);
        // R5 (Product Quality Law art. 15 para 4): 15 days from service; the day of service is not counted
        // (the length and whether it counts calendar or working days: spotcheck.disposal.periods.objection-window)
        if (deadline == null || store.today().isAfter(deadline)) {
            throw new RuleViolationException(null, "OBJECTION_WINDOW_CLOSED",
                    "the objection window closed on " + deadline + " (" + store.settings.objectionWindow.en()
                            + " from service): no objection or re-test application is accepted",
                    String.valueOf(deadline), store.settings.objectionWindow.zh(), store.settings.objectionWindow.en());
        }
        if (store.handling.objectionOfCase(caseId) != null) {
            throw new ConflictException("ALREADY_OBJECTED", "an objection was already filed");
        }
        CaseStore.requireStatus(row, Status.NOTIFIED);
        List<CaseItemRow> items = store.cases.items(caseId);
        Set<String> failed = items.stream().map(i -> i.code).collect(Collectors.toSet());
        Set<String> disputed = new LinkedHashSet<>(command.disputedItems().stream().map(String::strip).toList());
        List<FieldViolation> violations = new ArrayList<>();
        for (String code : disputed) {
            if (!failed.contains(code)) {
                violations.add(new FieldViolation("disputedItems", "NOT_A_FAILED_ITEM",
                        "only failed items can be re-tested: " + code, List.of(code)));
            }
        }
        // R7: the applicant pays the re-test fee first
        if (!Boolean.TRUE.equals(command.acceptsPrepayment())) {
            violations.add(new FieldViolation("acceptsPrepayment", "PREPAYMENT_REQUIRED",
                    "the applicant pays the re-test fee first", List.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ObjectionRow objection = new ObjectionRow();
        objection.caseId = caseId;
        objection.reason = command.reason().strip();
        objection.evidenceIds = command.evidenceIds() == null || command.evidenceIds().isEmpty() ? null
                : command.evidenceIds().stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        objection.filedBy = actor.username();
        objection.filedAt = store.now();
        objection.status = "FILED";
        objection.feePrepaidBy = ResultRules.FeeBearer.APPLICANT.name();
        store.handling.insertObjection(objection);
        for (CaseItemRow item : items) {
            if (disputed.contains(item.code)) {
                item.disputed = true;
                store.cases.updateItem(item);
            }
        }
        CaseStore.moveTo(row, Status.OBJECTION_FILED);
        store.save(row, Status.NOTIFIED);
        store.record(caseId, "OBJECTION_FILED", actor, StoredMessage.of("stored.dsp.objectionFiled", CaseStore.codes(disputed),
                objection.reason));
        store.notify(caseId, row.authorityCode, StoredMessage.of("disposal.notification.objectionFiled", row.reportNo));
        return store.view(row);
    }

    CaseView decideObjection(Actor actor, long caseId, ObjectionDecisionCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, Status.OBJECTION_FILED);
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        boolean accepted = command.decision() == ObjectionDecisionCommand.Verdict.ACCEPT;
        objection.status = accepted ? "ACCEPTED" : "REJECTED";
        objection.decidedBy = actor.username();
        objection.decidedAt = store.now();
        objection.decisionReason = command.reason().strip();
        saveObjection(objection, "FILED");
        store.event(caseId, accepted ? "OBJECTION_ACCEPTED" : "OBJECTION_REJECTED", actor, objection.decisionReason);
        store.notify(caseId, row.enterpriseCode, StoredMessage.of(accepted ? "disposal.notification.objectionAccepted"
                : "disposal.notification.objectionRejected", objection.decisionReason));
        if (accepted) {
            CaseStore.moveTo(row, Status.RETESTING);
            store.save(row, Status.OBJECTION_FILED);
            return store.view(row);
        }
        return conclude(actor, row, "OBJECTION_REJECTED", row.conclusion, row.grade);
    }

    CaseView finalizeConclusion(Actor actor, long caseId) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.NOTIFIED);
        return conclude(actor, row, "NO_OBJECTION", row.conclusion, row.grade);
    }

    CaseView recordRetestLab(Actor actor, long caseId, String labCode, long drawId) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.RETESTING);
        // R9: the re-test lab is never the lab of the first test
        if (row.labCode.equals(labCode)) {
            throw new RuleViolationException(null, "RETEST_LAB_SAME_AS_ORIGINAL",
                    "the re-test lab must differ from the original lab");
        }
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        objection.retestLabCode = labCode;
        objection.retestDrawId = drawId;
        saveObjection(objection, "ACCEPTED");
        store.record(caseId, "RETEST_LAB_DRAWN", actor, StoredMessage.of("stored.dsp.retestLabDrawn",
                StoredMessage.Arg.org(labCode, null), drawId));
        return store.view(row);
    }

    CaseView abandonRetest(Actor actor, long caseId, String note) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.RETESTING);
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        objection.status = "ABANDONED";
        objection.completedAt = store.now();
        saveObjection(objection, "ACCEPTED");
        store.record(caseId, "RETEST_ABANDONED", actor, StoredMessage.of("stored.dsp.retestAbandoned", note == null ? "" : note));
        return conclude(actor, row, "RETEST_ABANDONED", row.conclusion, row.grade);
    }

    CaseView recordRetestResult(Actor actor, long caseId, TestResultCommand result) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.RETESTING);
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        if (objection.retestLabCode == null) {
            throw new ConflictException("NO_RETEST_LAB", "no re-test lab was drawn");
        }
        Set<String> retestFailed = new HashSet<>(result.failedItems() == null ? List.of() : result.failedItems());
        List<CaseItemRow> items = store.cases.items(caseId);
        List<ResultRules.FailedItem> judged = new ArrayList<>();
        Set<String> disputed = new HashSet<>();
        for (CaseItemRow item : items) {
            if (Boolean.TRUE.equals(item.disputed)) {
                disputed.add(item.code);
                item.retestVerdict = retestFailed.contains(item.code) ? "FAIL" : "PASS";
            }
            ResultRules.FailedItem f = new ResultRules.FailedItem(item.code, item.itemClass, Boolean.TRUE.equals(item.disputed),
                    item.retestVerdict);
            item.finalVerdict = f.finalVerdict();
            store.cases.updateItem(item);
            judged.add(f);
        }
        ResultRules.Final outcome = ResultRules.afterRetest(judged);
        ResultRules.FeeBearer bearer = ResultRules.feeBearer(disputed, retestFailed);
        objection.status = "RETESTED";
        objection.retestReportNo = result.reportNo();
        objection.retestConclusion = result.conclusion();
        objection.retestGrade = result.grade();
        objection.feeBorneBy = bearer.name();
        objection.completedAt = store.now();
        saveObjection(objection, "ACCEPTED");
        store.record(caseId, "RETEST_DONE", actor, StoredMessage.of("stored.dsp.retestDone", result.reportNo(),
                CaseStore.code("dsp.conclusion.", result.conclusion())));
        // R7 (Order 18, 复检): applicant pays first; agreeing re-test → applicant bears it, otherwise the authority
        store.event(caseId, "RETEST_FEE", actor, store.texts.both(bearer == ResultRules.FeeBearer.APPLICANT
                ? "disposal.event.retestFeeApplicant" : "disposal.event.retestFeeAuthority"));
        return conclude(actor, row, "RETEST", outcome.conclusion(), outcome.grade());
    }

    /**
     * 结论确认: the conclusion is final. A non-conforming one sets the stop-sale flag (R12); a
     * conforming one (after a re-test) closes the case. Either way the result may now be reviewed
     * for publication.
     */
    private CaseView conclude(Actor actor, DisposalCaseRow row, String basis, String conclusion, String grade) {
        DisposalCase aggregate = CaseStore.aggregate(row);
        row.finalConclusion = conclusion;
        row.finalGrade = grade;
        row.finalBasis = basis;
        row.concludedAt = store.now();
        row.stopSale = aggregate.conclude(ResultRules.NO_NONCONFORMITY_FOUND.equals(conclusion));
        row.status = aggregate.status().name();
        if (row.stopSale) {
            row.stopSaleSince = row.concludedAt;
        } else {
            row.closedAt = row.concludedAt;
            row.closeReason = "RETEST_CLEARED";
        }
        store.save(row, aggregate.loadedStatus());
        store.record(row.id, "CONCLUSION_FINAL", actor, grade == null
                ? StoredMessage.of("dsp.log.conclusionFinal", CaseStore.code("dsp.conclusion.", conclusion), CaseStore.code("pages.code.", basis))
                : StoredMessage.of("dsp.log.conclusionFinalGraded", CaseStore.code("dsp.conclusion.", conclusion),
                        CaseStore.code("dsp.grade.", grade), CaseStore.code("pages.code.", basis)));
        if (Boolean.TRUE.equals(row.stopSale)) {
            // R12 (Order 18 art. 45): stop producing and selling the same product at once
            store.event(row.id, "STOP_SALE", actor, store.texts.both("disposal.event.stopSale"));
            store.notify(row.id, row.enterpriseCode, StoredMessage.of("disposal.notification.stopSale"));
        }
        publications.conclusionFinal(row);
        warnings.evaluate(row);
        return store.view(row);
    }

    private void saveObjection(ObjectionRow objection, String from) {
        if (store.handling.updateObjection(objection, from) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the objection was changed by someone else");
        }
        objection.rowVersion = objection.rowVersion + 1;
    }
}
