package org.spotcheck.disposal.internal.application;

import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.StoredMessage.Arg;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.spotcheck.disposal.api.AnnouncementCommand;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.disposal.api.SuspensionOrderCommand;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.disposal.internal.domain.DisposalCase.Status;
import org.spotcheck.disposal.internal.domain.ReinspectionRound;
import org.spotcheck.disposal.internal.domain.ResultRules;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.ReinspectionRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.StatutoryPeriod;
import org.spotcheck.shared.Validation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Reinspections}: re-inspection rounds, escalation, announcement, suspension and revocation. */
@Service
@Transactional
class ReinspectionService implements Reinspections {

    private final CaseStore store;

    private final PublicationLog publications;

    private final Validator validator;

    ReinspectionService(CaseStore store, PublicationLog publications, Validator validator) {
        this.store = store;
        this.publications = publications;
        this.validator = validator;
    }

    @Override
    public CaseView reportReinspectionOverdue(Actor actor, long caseId) {
        DisposalCaseRow row = store.find(caseId);
        if (CaseStore.aggregate(row).is(Status.REINSPECTING, Status.CLOSED)) {
            return store.view(row); // organised in time after all
        }
        String supervisor = row.escalatedTo != null ? row.escalatedTo : row.authorityCode;
        store.record(caseId, "REINSPECTION_OVERDUE", actor, StoredMessage.of("stored.dsp.reinspectionOverdue",
                CaseStore.code("dsp.status.", row.status)));
        store.notify(caseId, supervisor, StoredMessage.of("disposal.notification.reinspectionOverdue", row.taskCode));
        return store.view(row);
    }

    @Override
    public ReinspectionView organiseReinspection(Actor actor, long caseId) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        List<ReinspectionRow> done = store.handling.reinspectionsOfCase(caseId);
        LocalDate today = store.today();
        ReinspectionRound round = switch (Status.valueOf(row.status)) {
            case RECTIFYING -> ReinspectionRound.FIRST;
            case ANNOUNCED -> ReinspectionRound.AFTER_ANNOUNCEMENT; // R16 (Order 18 art. 48): 公告之日起六十日后九十日前
            case SUSPENDED -> ReinspectionRound.AFTER_SUSPENSION;
            default -> throw new ConflictException("WRONG_STATUS", "the case is " + row.status + ": no re-inspection is due",
                    row.status);
        };
        ReinspectionRound.Window window = store.window(round, row, store.handling.rectificationOfCase(caseId));
        if (done.size() >= round.number()) {
            throw new ConflictException("ALREADY_ORGANISED", "this re-inspection was already organised");
        }
        if (window.opensAfter(today)) {
            // every round's refusal names its window and its legal basis (ReinspectionRound.basisKey)
            throw new RuleViolationException(null, "REINSPECTION_WINDOW_NOT_OPEN",
                    "re-inspection " + round.number() + " may not start before " + window.from(), round.number(), window.from(),
                    windowBasis(round));
        }
        ReinspectionRow r = new ReinspectionRow();
        r.caseId = caseId;
        r.roundNo = round.number();
        r.taskCode = CaseNumber.of(row.taskCode).reinspection(round.number()).value();
        r.windowFrom = window.from();
        r.windowTo = window.to();
        r.organisedBy = actor.username();
        r.organisedOn = today;
        store.handling.insertReinspection(r);
        Status from = Status.valueOf(row.status);
        CaseStore.moveTo(row, Status.REINSPECTING);
        store.save(row, from);
        store.record(caseId, "REINSPECTION_ORGANISED", actor, window.isLate(today)
                ? StoredMessage.of("stored.dsp.reinspectionOrganisedLate", round.number(), r.taskCode, window.to())
                : StoredMessage.of("stored.dsp.reinspectionOrganised", round.number(), r.taskCode));
        // R17 (Order 18 art. 49): re-inspection samples are supplied free by the enterprise
        store.notify(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.reinspectionOrganised", round.number()));
        return CaseStore.view(r);
    }

    @Override
    public ReinspectionView recordReinspectionResult(Actor actor, long caseId, TestResultCommand result) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.REINSPECTING);
        List<ReinspectionRow> rounds = store.handling.reinspectionsOfCase(caseId);
        ReinspectionRow current = rounds.get(rounds.size() - 1);
        current.reportNo = result.reportNo();
        current.conclusion = result.conclusion();
        current.concludedAt = store.now();
        // the re-inspection's own report and sample: what its announcement and referral rest on (Order 18 arts. 47–48)
        current.labCode = result.labCode();
        current.grade = result.grade();
        current.failedItemsText = joined(result.failedItemNames(), 1000);
        // the codes beside the names (V4_280): an English page names the items in English; too many to keep, none
        String codes = joined(result.failedItems(), Integer.MAX_VALUE);
        current.failedItemCodes = codes == null || codes.length() > 1000 ? null : codes;
        if (result.sample() != null) {
            current.sampleCode = result.sample().sampleCode();
            current.trademark = result.sample().trademark();
            current.specification = result.sample().specification();
            current.batchNumber = result.sample().batchNumber();
            current.productionDate = result.sample().productionDate();
        }
        store.handling.updateReinspection(current);
        boolean passed = ResultRules.NO_NONCONFORMITY_FOUND.equals(result.conclusion());
        if (passed) {
            CaseStore.moveTo(row, Status.CLOSED);
            row.closedAt = current.concludedAt;
            row.closeReason = "RECTIFIED";
            row.stopSale = false; // R17: production and sale may resume once the re-inspection passed
            store.save(row, Status.REINSPECTING);
            store.record(caseId, "REINSPECTION_PASSED", actor, StoredMessage.of("stored.dsp.reinspectionPassed", current.roundNo,
                    result.reportNo()));
            store.notify(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.reinspectionPassed"));
        } else {
            CaseStore.moveTo(row, Status.REINSPECTION_FAILED);
            store.save(row, Status.REINSPECTING);
            store.record(caseId, "REINSPECTION_FAILED", actor, StoredMessage.of("stored.dsp.reinspectionFailed", current.roundNo,
                    result.reportNo(), failedItemNames(result)));
        }
        return CaseStore.view(current);
    }

    /**
     * The round's window as the law words it and its article, in the reader's language: {0}/{1} Chinese, {2}/{3} English.
     * The third round's text names no length: the period after a suspension is local practice, not law.
     */
    private DefaultMessageSourceResolvable windowBasis(ReinspectionRound round) {
        DisposalSettings s = store.settings;
        StatutoryPeriod first = switch (round) {
            case FIRST -> s.reinspectionDue;
            case AFTER_ANNOUNCEMENT -> s.secondReinspectionOpens;
            case AFTER_SUSPENSION -> s.reinspectionAfterSuspension;
        };
        StatutoryPeriod second = round == ReinspectionRound.AFTER_ANNOUNCEMENT ? s.secondReinspectionCloses : first;
        return new DefaultMessageSourceResolvable(new String[] {round.basisKey()},
                new Object[] {first.zh(), second.zh(), first.en(), second.en()});
    }

    /**
     * The failed items as the log line names them (brief fix17: it read TP-07、TP-09): their Chinese names joined with 、
     * and their English names with ", ", an item without an English name by its Chinese one; a result that brings no
     * names (one per code) keeps the codes, as before.
     */
    static Arg failedItemNames(TestResultCommand result) {
        List<String> zh = result.failedItemNames();
        if (zh == null || zh.isEmpty() || result.failedItems() == null || zh.size() != result.failedItems().size()) {
            return CaseStore.codes(result.failedItems());
        }
        List<String> en = result.failedItemNamesEn();
        List<String> english = new java.util.ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            String name = en == null || en.size() != zh.size() || en.get(i) == null || en.get(i).isBlank() ? zh.get(i) : en.get(i);
            english.add(name);
        }
        return Arg.zhEn(String.join("、", zh), String.join(", ", english));
    }

    private static String joined(List<String> names, int max) {
        String text = names == null || names.isEmpty() ? null : String.join("、", names);
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public ReinspectionView recordReinspectionRefusal(Actor actor, long caseId, String facts) {
        return recordReinspectionRefusal(actor, caseId, StoredMessage.Arg.text(facts == null ? "" : facts));
    }

    @Override
    public ReinspectionView recordReinspectionRefusal(Actor actor, long caseId, StoredMessage.Arg facts) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.REINSPECTING);
        List<ReinspectionRow> rounds = store.handling.reinspectionsOfCase(caseId);
        ReinspectionRow current = rounds.get(rounds.size() - 1);
        current.conclusion = "REFUSED";
        current.concludedAt = store.now();
        store.handling.updateReinspection(current);
        CaseStore.moveTo(row, Status.REINSPECTION_FAILED);
        store.save(row, Status.REINSPECTING);
        store.record(caseId, "REINSPECTION_REFUSED", actor, StoredMessage.of("stored.dsp.reinspectionRefused", current.roundNo,
                facts == null ? StoredMessage.Arg.text("") : facts));
        store.notify(caseId, row.authorityCode, StoredMessage.of("disposal.notification.reinspectionRefused", row.taskCode));
        return CaseStore.view(current);
    }

    @Override
    public CaseView escalate(Actor actor, long caseId, String provinceAuthorityCode) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.REINSPECTION_FAILED);
        CaseStore.moveTo(row, Status.ESCALATED);
        row.escalatedTo = provinceAuthorityCode;
        row.escalatedAt = store.now();
        store.save(row, Status.REINSPECTION_FAILED);
        // R15 (Order 18 art. 47): 逐级上报至省级市场监督管理部门，由其向社会公告
        store.record(caseId, "ESCALATED", actor, StoredMessage.of("stored.dsp.escalated", Arg.org(provinceAuthorityCode, null)));
        store.notify(caseId, provinceAuthorityCode, StoredMessage.of("disposal.notification.escalated",
                Arg.org(row.enterpriseCode, row.enterpriseName), Arg.product(row.productCode, row.productName)));
        return store.view(row);
    }

    @Override
    public CaseView announce(Actor actor, long caseId, AnnouncementCommand command) {
        if (!actor.has(Role.OFFICER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role OFFICER required", "OFFICER");
        }
        DisposalCaseRow row = store.visible(actor, caseId);
        if (!actor.belongsTo(row.escalatedTo)) {
            throw new AccessRefusedException("PROVINCE_ONLY", "the provincial authority announces");
        }
        Validation.check(validator, command);
        CaseStore.requireStatus(row, Status.ESCALATED);
        LocalDate on = command.announcedOn() == null ? store.today() : command.announcedOn();
        if (on.isAfter(store.today())) {
            throw InvalidInputException.of("announcedOn", "FUTURE_DATE", "the announcement date cannot be in the future",
                    DisposalTexts.word("disposal.date.announcedOn"));
        }
        CaseStore.moveTo(row, Status.ANNOUNCED);
        row.announcedOn = on;
        store.save(row, Status.ESCALATED);
        store.record(caseId, "ANNOUNCED", actor, StoredMessage.of("stored.dsp.announced", on, command.text().strip()));
        publications.announcement(row, command.text().strip(), actor);
        store.notify(caseId, row.authorityCode, StoredMessage.of("disposal.notification.announced",
                Arg.zhEn(store.settings.secondReinspectionOpens.zh(), store.settings.secondReinspectionOpens.en()),
                Arg.zhEn(store.settings.secondReinspectionCloses.zh(), store.settings.secondReinspectionCloses.en())));
        return store.view(row);
    }

    @Override
    public CaseView orderSuspension(Actor actor, long caseId, SuspensionOrderCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, Status.REINSPECTION_FAILED);
        List<ReinspectionRow> rounds = store.handling.reinspectionsOfCase(caseId);
        if (rounds.size() != ReinspectionRound.AFTER_ANNOUNCEMENT.number()) {
            throw new ConflictException("WRONG_STATUS", "suspension follows a failed second re-inspection", row.status);
        }
        if (!command.suspendedUntil().isAfter(store.today())) {
            throw InvalidInputException.of("suspendedUntil", "NOT_IN_FUTURE", "the suspension must end in the future");
        }
        CaseStore.moveTo(row, Status.SUSPENDED);
        row.suspendedUntil = command.suspendedUntil();
        store.save(row, Status.REINSPECTION_FAILED);
        // R16; Product Quality Law art. 17: 责令停业，限期整顿
        store.record(caseId, "SUSPENSION_ORDERED", actor, StoredMessage.of("stored.dsp.suspensionOrdered", row.suspendedUntil,
                command.text().strip()));
        store.notify(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.suspensionOrdered", row.suspendedUntil));
        store.emailIntent(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.suspensionOrderMail", row.taskCode));
        return store.view(row);
    }

    @Override
    public CaseView closeForRevocation(Actor actor, long caseId, long referralId) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, Status.REINSPECTION_FAILED);
        CaseStore.moveTo(row, Status.REVOCATION_REFERRED);
        row.closedAt = store.now();
        row.closeReason = "LICENCE_REVOCATION_REFERRED";
        store.save(row, Status.REINSPECTION_FAILED);
        // R16; Product Quality Law art. 17: 整顿期满复查仍不合格的，吊销营业执照
        // no internal id in the log (issue 17): the referral is the case's 移送函, named by its 文号 where it is listed
        store.record(caseId, "REVOCATION_REFERRED", actor, StoredMessage.of("stored.dsp.revocationReferredWithoutId"));
        return store.view(row);
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRefusalOnlyWithoutSample(String visitOutcome) {
        // Order 18 art. 49: the enterprise supplies the re-inspection's samples; what it can do is refuse
        if (!"REFUSED".equals(visitOutcome)) {
            throw new RuleViolationException("outcome", "REINSPECTION_REFUSAL_ONLY",
                    "at a re-inspection only a refusal is recorded without a sample");
        }
    }
}
