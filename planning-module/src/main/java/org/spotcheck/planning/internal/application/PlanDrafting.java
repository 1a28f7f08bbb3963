package org.spotcheck.planning.internal.application;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan's content: a new draft, its items checked against the registers and the jurisdiction, an amendment's new version. */
@Component
class PlanDrafting extends PlanningSupport {

    PlanDrafting(PlanningMappers mappers, Validator validator) {
        super(mappers, validator);
    }

    PlanRow insertDraft(Actor actor, DraftPlanCommand command, String sourceType, String sourceRef) {
        require(actor, Role.PLANNER);
        check(command);
        AuthorityRow authority = authorityOf(actor);
        List<PlanItemRow> items = checkItems(authority, command, List.of());
        Instant now = now();
        PlanRow plan = new PlanRow();
        plan.code = "TMP-" + java.util.UUID.randomUUID();
        plan.title = command.title().strip();
        plan.kind = command.kind().name();
        plan.planYear = command.planYear();
        plan.authorityCode = authority.code;
        plan.regionCode = authority.regionCode;
        plan.legalBasis = command.legalBasis().strip();
        plan.status = PlanStatus.DRAFT.name();
        plan.draftedBy = actor.username();
        plan.createdAt = now;
        plan.updatedAt = now;
        plan.versionNo = 1;
        plan.sourceType = sourceType;
        plan.sourceRef = sourceRef;
        plans.insertPlan(plan);
        String prefix = command.kind() == PlanKind.SPECIAL ? "ZX" : "ND";
        plans.updateCode(plan.id, String.format("%s-%d-%06d", prefix, command.planYear(), plan.id));
        insertItems(plan.id, items);
        event(plan.id, "DRAFTED", actor, sourceType == null ? null : sourceType + " " + sourceRef);
        return plans.findPlan(plan.id);
    }

    /**
     * Checks the items of a draft against the registers and the caller's jurisdiction. Items of
     * {@code current} that carry an issued item (an amendment) must come back unchanged in their
     * draw conditions; their item numbers stay, new items are numbered after them.
     */
    List<PlanItemRow> checkItems(AuthorityRow authority, DraftPlanCommand command, List<PlanItemRow> current) {
        Map<Integer, PlanItemRow> carried = current.stream().filter(i -> i.originItemId != null)
                .collect(Collectors.toMap(i -> i.seq, Function.identity()));
        List<FieldViolation> violations = new ArrayList<>();
        List<PlanItemRow> items = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int nextSeq = carried.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < command.items().size(); i++) {
            DraftPlanCommand.Item in = command.items().get(i);
            String path = "items[" + i + "].";
            PlanItemRow source = in.seq() == null ? null : carried.get(in.seq());
            if (in.seq() != null && source != null && !seen.add(in.seq())) {
                violations.add(new FieldViolation(path + "seq", "DUPLICATE_ITEM", "the same item appears twice"));
            }
            PlanItemRow row = new PlanItemRow();
            row.productCode = in.productCode();
            row.regionCode = in.regionCode();
            row.labCode = in.labCode();
            row.batches = in.batches();
            row.quarter = in.quarter();
            row.budget = in.budget();
            row.reason = in.reason().name();
            row.emergency = in.isEmergency();
            row.legalBasis = in.legalBasis() == null || in.legalBasis().isBlank() ? null : in.legalBasis().strip();
            if (in.stratified()) {
                if (in.shareLarge() == null || in.shareMedium() == null || in.shareSmall() == null) {
                    violations.add(new FieldViolation(path + "shareLarge", "SHARES_INCOMPLETE",
                            "give the shares of large, medium and small enterprises together"));
                } else if (in.shareLarge() + in.shareMedium() + in.shareSmall() != 100) {
                    violations.add(new FieldViolation(path + "shareLarge", "SHARES_NOT_100",
                            "the size shares must add up to 100"));
                } else {
                    row.shareLarge = in.shareLarge();
                    row.shareMedium = in.shareMedium();
                    row.shareSmall = in.shareSmall();
                }
            }
            if (source != null) {
                // an issued item: its draw stands, so its draw conditions cannot change (ADR 0008)
                row.seq = source.seq;
                row.ruleId = source.ruleId;
                row.originItemId = source.originItemId;
                for (String field : changedDrawFields(source, row)) {
                    violations.add(new FieldViolation(path + field, "ISSUED_ITEM_FIXED",
                            "an issued item's draw conditions cannot change; add a new item instead"));
                }
                items.add(row);
                continue;
            }
            row.seq = ++nextSeq;
            RuleRow rule = registers.findActiveRule(in.productCode());
            if (registers.findProduct(in.productCode()) == null) {
                violations.add(new FieldViolation(path + "productCode", "UNKNOWN_PRODUCT", "not in the product catalogue: " + in.productCode(),
                        List.of(in.productCode())));
            } else if (rule == null) {
                violations.add(new FieldViolation(path + "productCode", "NO_ACTIVE_RULE", "the product has no active implementation rule"));
            }
            row.ruleId = rule == null ? null : rule.id;
            if (!RegionCode.contains(authority.regionCode, in.regionCode())) {
                violations.add(new FieldViolation(path + "regionCode", "OUTSIDE_JURISDICTION",
                        "region " + in.regionCode() + " is outside the jurisdiction " + authority.regionCode,
                        List.of(in.regionCode(), authority.regionCode)));
            }
            LabRow lab = registers.findLab(in.labCode());
            if (lab == null) {
                violations.add(new FieldViolation(path + "labCode", "UNKNOWN_LAB", "unknown lab: " + in.labCode(), List.of(in.labCode())));
            } else if (!codes(lab.productCodes).contains(in.productCode())) {
                // S1 art. 19: the lab needs a qualification covering the product
                violations.add(new FieldViolation(path + "labCode", "LAB_NOT_QUALIFIED",
                        "the lab is not qualified for " + in.productCode(),
                        List.of(in.productCode())));
            } else if (RegionCode.contains(authority.regionCode, in.regionCode())) {
                List<String> conflicts = labConflictsInPool(in.labCode(), in.productCode(), in.regionCode());
                if (!conflicts.isEmpty()) {
                    violations.add(new FieldViolation(path + "labCode", "LAB_CONFLICT", labConflictMessage(in.labCode(),
                            in.productCode(), conflicts), Arrays.asList(labConflictArgs(in.labCode(), in.productCode(), conflicts, null))));
                }
            }
            items.add(row);
        }
        for (PlanItemRow issued : carried.values()) {
            if (!seen.contains(issued.seq)) {
                violations.add(new FieldViolation("items", "ISSUED_ITEM_REMOVED",
                        "issued item " + issued.seq + " cannot be removed: its draw stands", List.of(String.valueOf(issued.seq))));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return items;
    }

    static List<String> changedDrawFields(PlanItemRow before, PlanItemRow after) {
        List<String> changed = new ArrayList<>();
        if (!before.productCode.equals(after.productCode)) {
            changed.add("productCode");
        }
        if (!before.regionCode.equals(after.regionCode)) {
            changed.add("regionCode");
        }
        if (!before.labCode.equals(after.labCode)) {
            changed.add("labCode");
        }
        if (!before.batches.equals(after.batches)) {
            changed.add("batches");
        }
        if (!Objects.equals(before.shareLarge, after.shareLarge) || !Objects.equals(before.shareMedium, after.shareMedium)
                || !Objects.equals(before.shareSmall, after.shareSmall)) {
            changed.add("shareLarge");
        }
        if (Boolean.TRUE.equals(before.emergency) != Boolean.TRUE.equals(after.emergency)) {
            changed.add("emergency");
        }
        boolean followUpBefore = PlanItemReason.FOLLOW_UP.name().equals(before.reason);
        if (followUpBefore != PlanItemReason.FOLLOW_UP.name().equals(after.reason)) {
            changed.add("reason");
        }
        return changed;
    }

    void insertItems(long planId, List<PlanItemRow> items) {
        for (PlanItemRow item : items) {
            item.planId = planId;
            plans.insertItem(item);
        }
    }

    public PlanView amendPlan(Actor actor, long planId, String comment) {
        require(actor, Role.PLANNER);
        PlanRow plan = visiblePlan(actor, planId);
        plan(plan).checkAmendable();
        PlanRow pending = plans.findAmendmentOf(planId);
        if (pending != null) {
            throw new ConflictException("AMENDMENT_IN_PROGRESS", "an amendment is already in progress: " + pending.code, pending.code);
        }
        Instant now = now();
        PlanRow next = new PlanRow();
        int version = plan.versionNo + 1;
        next.code = rootCode(plan.code) + "-V" + version;
        next.title = plan.title;
        next.kind = plan.kind;
        next.planYear = plan.planYear;
        next.authorityCode = plan.authorityCode;
        next.regionCode = plan.regionCode;
        next.legalBasis = plan.legalBasis;
        next.status = PlanStatus.DRAFT.name();
        next.draftedBy = actor.username();
        next.createdAt = now;
        next.updatedAt = now;
        next.versionNo = version;
        next.amendsId = plan.id;
        next.sourceType = plan.sourceType;
        next.sourceRef = plan.sourceRef;
        plans.insertPlan(next);
        for (PlanItemRow item : plans.findItems(planId)) {
            PlanItemRow copy = copyOf(item);
            copy.planId = next.id;
            copy.originItemId = item.drawItemId();
            plans.insertItem(copy);
        }
        event(planId, "AMENDMENT_STARTED", actor, next.code + (comment == null || comment.isBlank() ? "" : " " + comment.strip()));
        event(next.id, "DRAFTED", actor, "amends " + plan.code + (comment == null || comment.isBlank() ? "" : " " + comment.strip()));
        return view(plans.findPlan(next.id));
    }

    static String rootCode(String code) {
        return code.replaceFirst("-V\\d+$", "");
    }

    static PlanItemRow copyOf(PlanItemRow item) {
        PlanItemRow copy = new PlanItemRow();
        copy.seq = item.seq;
        copy.productCode = item.productCode;
        copy.ruleId = item.ruleId;
        copy.regionCode = item.regionCode;
        copy.labCode = item.labCode;
        copy.batches = item.batches;
        copy.quarter = item.quarter;
        copy.budget = item.budget;
        copy.reason = item.reason;
        copy.shareLarge = item.shareLarge;
        copy.shareMedium = item.shareMedium;
        copy.shareSmall = item.shareSmall;
        copy.emergency = item.emergency;
        copy.legalBasis = item.legalBasis;
        return copy;
    }
}
