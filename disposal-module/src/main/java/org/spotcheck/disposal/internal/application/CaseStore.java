package org.spotcheck.disposal.internal.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ObjectionView;
import org.spotcheck.disposal.api.RectificationView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.event.OrganisationNotified;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.disposal.internal.domain.DisposalCase;
import org.spotcheck.disposal.internal.domain.ReinspectionRound;
import org.spotcheck.disposal.internal.persistence.CaseEventRow;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseMapper;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.ObjectionRow;
import org.spotcheck.disposal.internal.persistence.RectificationRow;
import org.spotcheck.disposal.internal.persistence.ReinspectionRow;
import org.spotcheck.disposal.internal.persistence.ResultHandlingMapper;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every part of result handling shares: loading a case within the caller's scope, saving it
 * with its optimistic check, the event log, notifications and e-mails to the parties (published to
 * app), the clock, and the case view.
 */
@Component
class CaseStore {

    /** A stored message's arguments as JSON, in the form app's notification table keeps them (V5_160). */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredMessage.Arg>> ARGS = new TypeReference<>() {
    };

    final DisposalCaseMapper cases;
    final ResultHandlingMapper handling;
    final DisposalSettings settings;
    final DisposalTexts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseStore(DisposalCaseMapper cases, ResultHandlingMapper handling, DisposalSettings settings,
            ObjectProvider<Clock> clock, ApplicationEventPublisher events, DisposalTexts texts) {
        this.events = events;
        this.texts = texts;
        this.cases = cases;
        this.handling = handling;
        this.settings = settings;
        // the application's workflow clock when there is one, so that statutory dates and timers agree
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Today in China, by the workflow clock. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DisposalSettings.CHINA);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(DisposalSettings.CHINA).toInstant();
    }

    DisposalCaseRow find(long caseId) {
        DisposalCaseRow row = cases.find(caseId);
        if (row == null) {
            throw new NotFoundException("case", caseId);
        }
        return row;
    }

    DisposalCaseRow visible(Actor actor, long caseId) {
        DisposalCaseRow row = cases.find(caseId);
        if (row == null || !maySee(actor, row)) {
            throw row == null ? new NotFoundException("case", caseId) : new org.spotcheck.shared.OutOfScopeException("case", caseId);
        }
        return row;
    }

    static boolean maySee(Actor actor, DisposalCaseRow row) {
        if (actor.isSystem()) {
            return true;
        }
        return switch (actor.orgType()) {
            case AUTHORITY -> actor.belongsTo(row.authorityCode) || actor.belongsTo(row.escalatedTo);
            case LAB -> actor.belongsTo(row.labCode);
            case ENTERPRISE -> actor.belongsTo(row.enterpriseCode);
        };
    }

    /** An officer of the organising authority. */
    DisposalCaseRow asOfficer(Actor actor, long caseId) {
        if (!actor.has(Role.OFFICER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role OFFICER required", "OFFICER");
        }
        DisposalCaseRow row = visible(actor, caseId);
        if (!actor.belongsTo(row.authorityCode)) {
            throw new AccessRefusedException("OTHER_AUTHORITY", "not a case of your authority");
        }
        return row;
    }

    /** The sampled enterprise itself; anyone else does not see the case. */
    DisposalCaseRow asEnterprise(Actor actor, long caseId) {
        DisposalCaseRow row = visible(actor, caseId);
        if (!actor.has(Role.ENTERPRISE) || !actor.belongsTo(row.enterpriseCode)) {
            throw new AccessRefusedException("ENTERPRISE_ONLY", "only the sampled enterprise may do this");
        }
        return row;
    }

    /** The case aggregate of a row: its status and the transition table. */
    static DisposalCase aggregate(DisposalCaseRow row) {
        return DisposalCase.of(row.status);
    }

    /** 409 WRONG_STATUS unless the case is in one of these statuses. */
    static void requireStatus(DisposalCaseRow row, DisposalCase.Status... allowed) {
        aggregate(row).require(allowed);
    }

    /** Moves the case through the aggregate (409 ILLEGAL_TRANSITION if its table does not allow it). */
    static void moveTo(DisposalCaseRow row, DisposalCase.Status target) {
        DisposalCase c = aggregate(row);
        c.moveTo(target);
        row.status = c.status().name();
    }

    /** Saves the row if its case still has the status it was loaded with (else 409 CONCURRENT_CHANGE). */
    void save(DisposalCaseRow row, DisposalCase.Status fromStatus) {
        if (cases.update(row, fromStatus.name()) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the case was changed by someone else");
        }
        row.rowVersion = row.rowVersion + 1;
    }

    void event(long caseId, String action, Actor actor, String comment) {
        event(caseId, action, actor, comment, null, null);
    }

    /**
     * A log line written from a bundle key (issue 17): the key and its arguments are kept (V4_260) so that the case page
     * reads it in its reader's language; the comment keeps the Chinese text, as the API and rows from before show it.
     * An argument that is a code (an organisation, a conclusion, a status) is stored as the code.
     */
    void record(long caseId, String action, Actor actor, StoredMessage message) {
        event(caseId, action, actor, zh(message), message, null);
    }

    /**
     * A code argument of a log line read through a bundle key ({@code prefix + code}: dsp.conclusion.NONCONFORMING,
     * dsp.status.RECTIFYING) in the reader's language; its Chinese text as stored is the code, as the comment had it.
     */
    static StoredMessage.Arg code(String prefix, String code) {
        return code == null ? StoredMessage.Arg.text("") : new StoredMessage.Arg(StoredMessage.Kind.KEY, prefix + code, code);
    }

    /** Codes (test items) joined with 、 in Chinese and with ", " in English. */
    static StoredMessage.Arg codes(java.util.Collection<String> codes) {
        List<String> list = codes == null ? List.of() : List.copyOf(codes);
        return StoredMessage.Arg.zhEn(String.join("、", list), String.join(", ", list));
    }

    /** An event with the message it tells an organisation (issue 17: the page renders it in its reader's language). */
    private void event(long caseId, String action, Actor actor, String comment, StoredMessage message, String orgCode) {
        CaseEventRow row = new CaseEventRow();
        row.caseId = caseId;
        row.action = action;
        row.actor = actor.username();
        row.comment = comment == null || comment.isBlank() ? null
                : comment.strip().length() > 1000 ? comment.strip().substring(0, 1000) : comment.strip();
        row.occurredAt = now();
        if (message != null) {
            String args = JSON.writeValueAsString(message.args());
            // a message too long for its columns keeps only the comment, as rows from before V4_260 do
            if (message.key().length() <= 100 && args.length() <= 4000) {
                row.messageKey = message.key();
                row.messageArgs = args;
                row.orgCode = orgCode;
            }
        }
        cases.insertEvent(row);
    }

    /** The message of an event as stored (V4_260), or null for events without one and rows from before. */
    static StoredMessage message(CaseEventRow row) {
        return message(row.messageKey, row.messageArgs);
    }

    /** A message stored as its key and its arguments' JSON (V4_260, V4_271); null without a key or unreadable. */
    static StoredMessage message(String key, String argsJson) {
        if (key == null) {
            return null;
        }
        try {
            List<StoredMessage.Arg> args = argsJson == null || argsJson.isBlank() ? List.of() : JSON.readValue(argsJson, ARGS);
            return new StoredMessage(key, args);
        } catch (JacksonException unreadable) {
            return null; // the text as stored
        }
    }

    /** A message's arguments as stored (JSON). */
    static String argsJson(StoredMessage message) {
        return JSON.writeValueAsString(message.args());
    }

    /**
     * An in-app notification to an organisation: its enterprise accounts, or an authority's result
     * handling officers. Written to the case log (in Chinese) and published for app's notifications (the bell), which
     * keep the message's key and arguments and show it in each reader's language (issue 17).
     */
    void notify(long caseId, String orgCode, StoredMessage message) {
        String text = zh(message);
        event(caseId, "NOTIFICATION", Actor.SYSTEM, "→ " + orgCode + "：" + text, message, orgCode);
        publish(caseId, orgCode, text, false, message);
    }

    /**
     * A formal document e-mailed to an organisation (电子送达 of a notice), recorded in the case log;
     * app queues the e-mail, in each recipient's language, in this transaction and sends it after commit.
     */
    void emailIntent(long caseId, String orgCode, StoredMessage subject) {
        String text = zh(subject);
        event(caseId, "EMAIL_INTENT", Actor.SYSTEM, "✉ " + orgCode + "：" + text, subject, orgCode);
        publish(caseId, orgCode, text, true, subject);
    }

    /** A notification's text in Chinese, as the case log and the stored message keep it. */
    String zh(StoredMessage message) {
        // a code argument (dsp.status.RECTIFYING) reads as its Chinese label in the stored text, never as the bare code
        // (brief codes17: 复查未在期限内组织（RECTIFYING）); a bundle without the key keeps the code, as before
        Object[] args = message.args().stream().map(a -> a.kind() == StoredMessage.Kind.KEY && a.value() != null
                ? texts.zhOr(a.value(), a.zhOrValue()) : a.zhOrValue()).toArray();
        return texts.zh(message.key(), args);
    }

    private void publish(long caseId, String orgCode, String text, boolean email, StoredMessage message) {
        DisposalCaseRow row = cases.find(caseId);
        if (row == null || events == null) {
            return;
        }
        Role role = orgCode.equals(row.enterpriseCode) ? Role.ENTERPRISE : Role.OFFICER;
        events.publishEvent(new OrganisationNotified(row.taskCode, orgCode, role, text, email, message));
    }

    /** The objection deadline as fixed at service; computed for cases served before it was stored. */
    LocalDate objectionDeadline(DisposalCaseRow r) {
        if (r.objectionDeadline != null) {
            return r.objectionDeadline;
        }
        return r.servedAt == null ? null
                : settings.lastDay(settings.objectionWindow, LocalDate.ofInstant(r.servedAt, DisposalSettings.CHINA));
    }

    /** Records the service and fixes the objection deadline from it (R5: 15 days from 送达). */
    void served(DisposalCaseRow r, Instant servedAt) {
        r.servedAt = servedAt;
        r.objectionDeadline = settings.lastDay(settings.objectionWindow, LocalDate.ofInstant(servedAt, DisposalSettings.CHINA));
    }

    CaseView view(DisposalCaseRow r) {
        LocalDate deadline = objectionDeadline(r);
        List<CaseView.Event> events = cases.events(r.id).stream()
                .map(e -> {
                    StoredMessage message = message(e);
                    return new CaseView.Event(e.action, e.actor, e.comment, e.occurredAt, message,
                            message == null ? null : e.orgCode);
                }).toList();
        List<CaseItemRow> itemRows = cases.items(r.id);
        List<CaseView.Item> items = itemRows.stream().map(i -> new CaseView.Item(i.code, i.nameZh, i.itemClass,
                Boolean.TRUE.equals(i.disputed), i.retestVerdict, i.finalVerdict)).toList();
        ObjectionRow o = handling.objectionOfCase(r.id);
        ObjectionView objection = o == null ? null : new ObjectionView(o.id, o.reason,
                itemRows.stream().filter(i -> Boolean.TRUE.equals(i.disputed)).map(i -> i.code).toList(), o.filedBy,
                o.filedAt, o.status, o.decidedBy, o.decidedAt, o.decisionReason, o.retestLabCode, o.retestDrawId,
                o.retestReportNo, o.retestConclusion, o.retestGrade, o.feePrepaidBy, o.feeBorneBy, o.completedAt,
                ids(o.evidenceIds));
        RectificationRow rr = handling.rectificationOfCase(r.id);
        RectificationView rectification = rr == null ? null : new RectificationView(rr.orderedBy, rr.orderedOn,
                rr.requirements, rr.dueOn, rr.reinspectionDueOn, Boolean.TRUE.equals(rr.seriousProblem),
                rr.reportSummary, ids(rr.reportEvidenceIds), rr.reportSubmittedBy, rr.reportSubmittedAt, rr.remindedAt);
        List<ReinspectionRow> rounds = handling.reinspectionsOfCase(r.id);
        List<ReinspectionView> reinspections = rounds.stream().map(CaseStore::view).toList();
        CaseView.CurrentOrder order = currentOrder(r, rr, rounds);
        return new CaseView(r.id, r.taskCode, r.sampleCode, r.reportNo, r.authorityCode, r.labCode, r.enterpriseCode,
                r.enterpriseName, r.productName, r.conclusion, r.grade, r.status, r.openedAt, r.servedBy, r.servedAt,
                r.serviceMethod, deadline, r.closedAt, r.productCode, r.industry, r.regionCode, r.enterpriseSize,
                r.channel, r.producerName, r.noticeSentAt,
                r.finalConclusion, r.finalGrade, r.finalBasis, r.concludedAt, Boolean.TRUE.equals(r.stopSale),
                r.escalatedTo, r.announcedOn, r.suspendedUntil, r.closeReason,
                order == null ? null : order.correctBy(), order == null ? null : order.reinspectBy(), items, objection,
                rectification, reinspections, events, order);
    }

    /**
     * The order the current re-inspection belongs to (the next one's while it waits to be organised): the round is the
     * one the status awaits (announced: 2, suspended: 3), else the last organised one. Its dates are the round's window.
     */
    CaseView.CurrentOrder currentOrder(DisposalCaseRow r, RectificationRow rr, List<ReinspectionRow> rounds) {
        if (rr == null) {
            return null;
        }
        ReinspectionRound round = switch (DisposalCase.Status.valueOf(r.status)) {
            case ANNOUNCED -> ReinspectionRound.AFTER_ANNOUNCEMENT;
            case SUSPENDED -> ReinspectionRound.AFTER_SUSPENSION;
            default -> ReinspectionRound.of(Math.max(1, rounds.size()));
        };
        ReinspectionRound.Window window = window(round, r, rr);
        return switch (round) {
            case FIRST -> new CaseView.CurrentOrder("RECTIFICATION", 1, rr.orderedOn, rr.dueOn, window.from(), window.to());
            case AFTER_ANNOUNCEMENT -> new CaseView.CurrentOrder("ANNOUNCEMENT", 2, r.announcedOn, null, window.from(), window.to());
            case AFTER_SUSPENSION -> new CaseView.CurrentOrder("SUSPENSION", 3, null, r.suspendedUntil, window.from(), window.to());
        };
    }

    /**
     * The window of a re-inspection round: R14 (Order 18 art. 47) within 75 days of the rectification order; R16 (art. 48)
     * 公告之日起六十日后九十日前; after the suspension (Product Quality Law art. 17), from the day after it ends.
     */
    ReinspectionRound.Window window(ReinspectionRound round, DisposalCaseRow row, RectificationRow order) {
        return switch (round) {
            case FIRST -> new ReinspectionRound.Window(order.orderedOn, order.reinspectionDueOn);
            case AFTER_ANNOUNCEMENT -> new ReinspectionRound.Window(settings.lastDay(settings.secondReinspectionOpens, row.announcedOn),
                    settings.lastDay(settings.secondReinspectionCloses, row.announcedOn));
            case AFTER_SUSPENSION -> new ReinspectionRound.Window(row.suspendedUntil.plusDays(1),
                    settings.lastDay(settings.reinspectionAfterSuspension, row.suspendedUntil));
        };
    }

    static ReinspectionView view(ReinspectionRow row) {
        String outcome = row.conclusion == null ? null
                : "NO_NONCONFORMITY_FOUND".equals(row.conclusion) ? ReinspectionRound.Next.PASSED.name()
                        : ReinspectionRound.of(row.roundNo).onFailure().name();
        return new ReinspectionView(row.roundNo, row.taskCode, row.windowFrom, row.windowTo, row.organisedBy,
                row.organisedOn, row.reportNo, row.conclusion, row.concludedAt, outcome, row.labCode, row.grade,
                row.failedItemsText, row.sampleCode, row.trademark, row.specification, row.batchNumber, row.productionDate,
                row.failedItemCodes);
    }

    static List<Long> ids(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }
}
