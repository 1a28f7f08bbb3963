package org.spotcheck.planning.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spotcheck.planning.api.AuthorityView;
import org.spotcheck.planning.api.CandidatePool;
import org.spotcheck.planning.api.CheckedProductCommand;
import org.spotcheck.planning.api.ComplaintCommand;
import org.spotcheck.planning.api.ComplaintView;
import org.spotcheck.planning.api.Complaints;
import org.spotcheck.planning.api.DeclareLabConflictCommand;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.DrawVerification;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.Draws;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.ImportResult;
import org.spotcheck.planning.api.InspectorView;
import org.spotcheck.planning.api.LabConflictView;
import org.spotcheck.planning.api.LabView;
import org.spotcheck.planning.api.PlanDiff;
import org.spotcheck.planning.api.PlanItemReason;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.PublicPlanView;
import org.spotcheck.planning.api.RedrawCommand;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.planning.api.RuleDraftCommand;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SpecialPlanCommand;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.planning.api.event.InspectorsRedrawn;
import org.spotcheck.planning.api.event.PlanSubmitted;
import org.spotcheck.planning.api.event.PlanWithdrawn;
import org.spotcheck.planning.internal.domain.RandomDraw;
import org.spotcheck.planning.internal.persistence.CheckedProductRow;
import org.spotcheck.planning.internal.persistence.ComplaintMapper;
import org.spotcheck.planning.internal.persistence.ComplaintRow;
import org.spotcheck.planning.internal.persistence.DrawMapper;
import org.spotcheck.planning.internal.persistence.DrawRow;
import org.spotcheck.planning.internal.persistence.LabConflictMapper;
import org.spotcheck.planning.internal.persistence.LabConflictRow;
import org.spotcheck.planning.internal.persistence.PlanEventRow;
import org.spotcheck.planning.internal.persistence.PlanItemRow;
import org.spotcheck.planning.internal.persistence.PlanMapper;
import org.spotcheck.planning.internal.persistence.PlanRow;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.planning.internal.persistence.RegisterRows.AuthorityRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.EnterpriseRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.InspectorRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.LabRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.ProductRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleItemRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleRow;
import org.spotcheck.planning.internal.persistence.SpotCheckTaskMapper;
import org.spotcheck.planning.internal.persistence.SpotCheckTaskRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.spotcheck.planning.internal.domain.Plan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the planning services share: the module's mappers, the plan's scope check, its guarded
 * status change and event log, the plan view, and the few rules more than one capability applies
 * (R21 lab conflicts, who counts as sampled).
 */
abstract class PlanningSupport {

    final PlanMapper plans;
    final RegisterMapper registers;
    final DrawMapper draws;
    final SpotCheckTaskMapper tasks;
    final ComplaintMapper complaints;
    final LabConflictMapper labConflicts;
    /** The commands' bean-validation constraints; null for a capability that takes no command. */
    private final Validator validator;

    PlanningSupport(PlanningMappers m) {
        this(m, null);
    }

    PlanningSupport(PlanningMappers m, Validator validator) {
        this.validator = validator;
        this.plans = m.plans();
        this.registers = m.registers();
        this.draws = m.draws();
        this.tasks = m.tasks();
        this.complaints = m.complaints();
        this.labConflicts = m.labConflicts();
    }

    /** A command's constraints, each broken one a field violation (400). */
    void check(Object command) {
        Validation.check(validator, command);
    }

    AuthorityRow authorityOf(Actor actor) {
        AuthorityRow authority = registers.findAuthority(actor.orgCode());
        if (authority == null) {
            throw new AccessRefusedException("NOT_AN_AUTHORITY", "only staff of a market regulation authority draft plans and keep the registers");
        }
        return authority;
    }

    AuthorityRow authorityOf(String code) {
        AuthorityRow authority = registers.findAuthority(code);
        if (authority == null) {
            throw new NotFoundException("authority", code);
        }
        return authority;
    }

    PlanRow visiblePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null || !(actor.isSystem() || actor.belongsTo(plan.authorityCode))) {
            throw plan == null ? new NotFoundException("plan", planId) : new org.spotcheck.shared.OutOfScopeException("plan", planId);
        }
        return plan;
    }

    /** The plan aggregate of a row: its status and the approval path it is on. */
    static Plan plan(PlanRow row) {
        return new Plan(PlanStatus.valueOf(row.status), Boolean.TRUE.equals(row.sectionReview), row.approvalLevels,
                row.approvalsDone, row.reviewedBy);
    }

    /** Stores the status the aggregate moved to, refusing a concurrent change (409 CONCURRENT_CHANGE). */
    void save(PlanRow row, Plan plan, String reviewedBy, String approvedBy) {
        transition(row, plan.status(), reviewedBy, approvedBy);
    }

    void transition(PlanRow plan, PlanStatus to, String reviewedBy, String approvedBy) {
        int updated = plans.transition(plan.id, plan.status, plan.rowVersion, to.name(), reviewedBy, approvedBy, now());
        if (updated != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the plan was changed by someone else; reload and try again");
        }
        plan.status = to.name();
        plan.rowVersion = plan.rowVersion + 1;
        KeptRows.forgetUnless(PlanRow.class, plan.id, plan);
    }

    void event(long planId, String action, Actor actor, String comment) {
        event(planId, action, actor, comment, null);
    }

    /** A history line with the message it says (V1_80): the pages read it in their reader's language (issue 17). */
    void event(long planId, String action, Actor actor, String comment, StoredMessage message) {
        PlanEventRow row = new PlanEventRow();
        row.planId = planId;
        row.action = action;
        row.actor = actor.username();
        row.comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (row.comment != null && row.comment.length() > 1000) {
            row.comment = row.comment.substring(0, 1000);
        }
        row.occurredAt = now();
        String args = message == null ? null : EVENT_JSON.writeValueAsString(message.args());
        if (args != null && message.key().length() <= 100 && args.length() <= 4000) { // else the comment alone, as before
            row.messageKey = message.key();
            row.messageArgs = args;
        }
        plans.insertEvent(row);
    }

    private static final tools.jackson.databind.json.JsonMapper EVENT_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** The message of a history line as stored (V1_80); null for lines without one, older rows and unreadable ones. */
    private static StoredMessage message(PlanEventRow e) {
        if (e.messageKey == null) {
            return null;
        }
        try {
            return new StoredMessage(e.messageKey, e.messageArgs == null || e.messageArgs.isBlank() ? List.of()
                    : EVENT_JSON.readValue(e.messageArgs, new tools.jackson.core.type.TypeReference<List<StoredMessage.Arg>>() { }));
        } catch (tools.jackson.core.JacksonException unreadable) {
            return null; // the comment as stored
        }
    }

    static void require(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role " + role + " required", role.name());
        }
    }

    /** What only a plan's drafter may do to it; its ordinal chooses the verb in {@code problem.ONLY_DRAFTER}. */
    enum DrafterMove {
        EDIT("EDITED"), SUBMIT("SUBMITTED"), RESUBMIT("RESUBMITTED"), WITHDRAW("WITHDRAWN");

        /** The plan event the move writes. */
        final String event;

        DrafterMove(String event) {
            this.event = event;
        }
    }

    static void onlyDrafter(Actor actor, PlanRow plan, DrafterMove move) {
        if (!plan.draftedBy.equals(actor.username())) {
            throw new AccessRefusedException("ONLY_DRAFTER", "only the drafter may " + move.name().toLowerCase(java.util.Locale.ROOT)
                    + " this plan", move.ordinal());
        }
    }

    static void noSelfApproval(Actor actor, PlanRow plan) {
        if (actor.username().equals(plan.draftedBy)) {
            throw new AccessRefusedException("NO_SELF_APPROVAL", "nobody approves their own plan");
        }
    }

    static void requireCommentOnReturn(Decision decision, String comment) {
        if (decision == Decision.RETURN && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED_ON_RETURN", "a return needs a comment");
        }
    }

    PlanView view(PlanRow plan) {
        Map<String, ProductRow> products = registers.products().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        Map<String, LabRow> labs = registers.labs().stream().collect(Collectors.toMap(l -> l.code, Function.identity()));
        boolean issuedVersion = Set.of("ISSUED", "SUPERSEDED", "CLOSED").contains(plan.status);
        List<PlanItemRow> itemRows = plans.findItems(plan.id);
        Map<Long, List<String>> cases = casesByItem(itemRows);
        List<PlanView.Item> items = itemRows.stream().map(i -> new PlanView.Item(i.id, i.seq, i.productCode,
                products.containsKey(i.productCode) ? products.get(i.productCode).nameZh : i.productCode, i.ruleId,
                i.regionCode, i.labCode, labs.containsKey(i.labCode) ? labs.get(i.labCode).name : i.labCode,
                i.batches, i.quarter, i.budget, PlanItemReason.valueOf(i.reason), i.shareLarge, i.shareMedium, i.shareSmall,
                Boolean.TRUE.equals(i.emergency), i.originItemId, issuedVersion || i.originItemId != null, i.legalBasis,
                cases.getOrDefault(i.drawItemId(), List.of()))).toList();
        List<PlanView.Event> events = plans.findEvents(plan.id).stream()
                .map(e -> new PlanView.Event(e.action, e.actor, e.comment, e.occurredAt, message(e))).toList();
        return new PlanView(plan.id, plan.code, plan.title, PlanKind.valueOf(plan.kind), plan.planYear, plan.authorityCode,
                plan.regionCode, plan.legalBasis, PlanStatus.valueOf(plan.status), plan.draftedBy, plan.reviewedBy,
                plan.approvedBy, plan.createdAt, plan.updatedAt, plan.versionNo, plan.amendsId,
                Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels, plan.approvalsDone == null ? 0 : plan.approvalsDone,
                plan.filedWith, plan.filedAt, plan.sourceType, plan.sourceRef, items, events);
    }

    /** The case numbers of the items' spot-check tasks, by the item that drew them (an amended item's origin). */
    private Map<Long, List<String>> casesByItem(List<PlanItemRow> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        return tasks.findByPlanItems(items.stream().map(PlanItemRow::drawItemId).distinct().toList()).stream()
                .collect(Collectors.groupingBy(t -> t.planItemId, Collectors.mapping(t -> t.code, Collectors.toList())));
    }

    String samplerUsernames(String authorityCode, List<String> inspectorCodes) {
        Map<String, InspectorRow> byCode = KeptRows.<String, List<InspectorRow>>get(InspectorRow.class, authorityCode,
                        registers::inspectorsOfAuthority).stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        return inspectorCodes.stream().map(byCode::get).filter(i -> i != null && i.username != null)
                .map(i -> i.username).collect(Collectors.joining(","));
    }

    /** R21: the enterprises of an item's draw pool (region and product) that the lab declared a conflict with. */
    List<String> labConflictsInPool(String labCode, String productCode, String regionCode) {
        List<String> declared = labConflicts.conflictingEnterprises(labCode, productCode);
        if (declared.isEmpty()) {
            return List.of();
        }
        return registers.enterprises().stream()
                .filter(e -> RegionCode.contains(regionCode, e.regionCode))
                .filter(e -> codes(e.productCodes).contains(productCode))
                .map(e -> e.code).filter(declared::contains).sorted().toList();
    }

    static String labConflictMessage(String labCode, String productCode, List<String> enterprises) {
        return "lab " + labCode + " declared a conflict of interest with " + String.join(", ", enterprises) + " for "
                + productCode + " (R21); choose another lab";
    }

    /**
     * The arguments of {@code problem.LAB_CONFLICT}: the lab, the enterprises (joined the Chinese and the
     * English way), the product, and whether the refusal names the plan item (1, with its number) or not (0).
     */
    static Object[] labConflictArgs(String labCode, String productCode, List<String> enterprises, Integer itemSeq) {
        return new Object[] {labCode, String.join("、", enterprises), productCode, String.join(", ", enterprises),
                itemSeq == null ? 0 : 1, String.valueOf(itemSeq)};
    }

    /**
     * The one "sampled" event of a case (issue 12 point 2c): the sampling record was sealed (the
     * samplers completed 现场抽样) or the visit was closed without a sample. The enterprise then knows
     * of the check, so its draw may be published; {@code CREATED} is the only state before it.
     */
    static boolean sampled(SpotCheckTaskRow task) {
        return !"CREATED".equals(task.status);
    }

    static boolean revealed(List<SpotCheckTaskRow> made) {
        return !made.isEmpty() && made.stream().allMatch(PlanningSupport::sampled);
    }

    static List<String> codes(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
