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
import org.spotcheck.planning.api.DeclareLabConflictCommand;
import org.spotcheck.planning.api.LabConflictView;
import org.spotcheck.planning.api.CandidatePool;
import org.spotcheck.planning.api.CheckedProductCommand;
import org.spotcheck.planning.api.ComplaintCommand;
import org.spotcheck.planning.api.ComplaintView;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.DrawVerification;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.ImportResult;
import org.spotcheck.planning.api.InspectorView;
import org.spotcheck.planning.api.LabView;
import org.spotcheck.planning.api.PlanDiff;
import org.spotcheck.planning.api.PlanItemReason;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.PublicPlanView;
import org.spotcheck.planning.api.RedrawCommand;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.RuleDraftCommand;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SpecialPlanCommand;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.planning.api.event.InspectorsRedrawn;
import org.spotcheck.planning.api.event.PlanSubmitted;
import org.spotcheck.planning.api.event.PlanWithdrawn;
import org.spotcheck.planning.internal.persistence.CheckedProductRow;
import org.spotcheck.planning.internal.persistence.ComplaintMapper;
import org.spotcheck.planning.internal.persistence.ComplaintRow;
import org.spotcheck.planning.internal.persistence.DrawMapper;
import org.spotcheck.planning.internal.persistence.DrawRow;
import org.spotcheck.planning.internal.domain.RandomDraw;
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
import org.spotcheck.shared.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link PlanningApi}: plans and their approval here; draws, registers and rules in their own services. */
@Service
@Transactional
class PlanningService implements PlanningApi {

    /** Plan events of the approval round that name who decided. */
    private static final Set<String> ROUND_STARTS = Set.of("SUBMITTED", "RESUBMITTED");

    private final PlanMapper plans;
    private final RegisterMapper registers;
    private final DrawMapper draws;
    private final SpotCheckTaskMapper tasks;
    private final ComplaintMapper complaints;
    private final DrawService drawing;
    private final RegisterService registerService;
    private final RuleService ruleService;
    private final PlanningSettings settings;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final LabConflictMapper labConflicts;

    PlanningService(PlanMapper plans, RegisterMapper registers, DrawMapper draws, SpotCheckTaskMapper tasks,
            ComplaintMapper complaints, DrawService drawing, RegisterService registerService, RuleService ruleService,
            PlanningSettings settings, Validator validator, ApplicationEventPublisher events, LabConflictMapper labConflicts) {
        this.labConflicts = labConflicts;
        this.plans = plans;
        this.registers = registers;
        this.draws = draws;
        this.tasks = tasks;
        this.complaints = complaints;
        this.drawing = drawing;
        this.registerService = registerService;
        this.ruleService = ruleService;
        this.settings = settings;
        this.validator = validator;
        this.events = events;
    }

    // ---------------------------------------------------------------- drafting

    @Override
    public PlanView draftPlan(Actor actor, DraftPlanCommand command) {
        return view(insertDraft(actor, command, null, null));
    }

    private PlanRow insertDraft(Actor actor, DraftPlanCommand command, String sourceType, String sourceRef) {
        require(actor, Role.PLANNER);
        Validation.check(validator, command);
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

    @Override
    public PlanView updatePlan(Actor actor, long planId, DraftPlanCommand command) {
        require(actor, Role.PLANNER);
        Validation.check(validator, command);
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "修改");
        PlanStatus status = PlanStatus.valueOf(plan.status);
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw new ConflictException("WRONG_STATUS", "计划状态为 " + plan.status + "，不能修改 / a plan in status "
                    + plan.status + " cannot be edited; only a draft or a returned plan");
        }
        if (!command.kind().name().equals(plan.kind)) {
            throw InvalidInputException.of("kind", "KIND_FIXED", "计划类型不能修改 / the kind of a plan cannot change");
        }
        List<PlanItemRow> items = checkItems(authorityOf(actor), command, plans.findItems(planId));
        if (plans.updateContent(planId, plan.rowVersion, command.title().strip(), command.planYear(),
                command.legalBasis().strip(), now()) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "计划已被他人修改 / the plan was changed by someone else; reload and try again");
        }
        plans.deleteItems(planId);
        insertItems(planId, items);
        event(planId, "EDITED", actor, null);
        return view(plans.findPlan(planId));
    }

    /**
     * Checks the items of a draft against the registers and the caller's jurisdiction. Items of
     * {@code current} that carry an issued item (an amendment) must come back unchanged in their
     * draw conditions; their item numbers stay, new items are numbered after them.
     */
    private List<PlanItemRow> checkItems(AuthorityRow authority, DraftPlanCommand command, List<PlanItemRow> current) {
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
                violations.add(new FieldViolation(path + "seq", "DUPLICATE_ITEM", "同一项目出现两次 / the same item appears twice"));
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
                            "大、中、小型企业比例须同时填写 / give the shares of large, medium and small enterprises together"));
                } else if (in.shareLarge() + in.shareMedium() + in.shareSmall() != 100) {
                    violations.add(new FieldViolation(path + "shareLarge", "SHARES_NOT_100",
                            "大、中、小型企业比例合计须为100 / the size shares must add up to 100"));
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
                            "已下达项目的抽取条件不能修改，请新增项目 / an issued item's draw conditions cannot change; add a new item instead"));
                }
                items.add(row);
                continue;
            }
            row.seq = ++nextSeq;
            RuleRow rule = registers.findActiveRule(in.productCode());
            if (registers.findProduct(in.productCode()) == null) {
                violations.add(new FieldViolation(path + "productCode", "UNKNOWN_PRODUCT", "不在产品目录中 / not in the product catalogue: " + in.productCode()));
            } else if (rule == null) {
                violations.add(new FieldViolation(path + "productCode", "NO_ACTIVE_RULE", "该产品没有现行实施细则 / the product has no active implementation rule"));
            }
            row.ruleId = rule == null ? null : rule.id;
            if (!RegionCode.contains(authority.regionCode, in.regionCode())) {
                violations.add(new FieldViolation(path + "regionCode", "OUTSIDE_JURISDICTION",
                        "地区不在本局辖区内 / region " + in.regionCode() + " is outside the jurisdiction " + authority.regionCode));
            }
            LabRow lab = registers.findLab(in.labCode());
            if (lab == null) {
                violations.add(new FieldViolation(path + "labCode", "UNKNOWN_LAB", "承检机构不存在 / unknown lab: " + in.labCode()));
            } else if (!codes(lab.productCodes).contains(in.productCode())) {
                // S1 art. 19: the lab needs a qualification covering the product
                violations.add(new FieldViolation(path + "labCode", "LAB_NOT_QUALIFIED",
                        "承检机构资质不覆盖该产品 / the lab is not qualified for " + in.productCode()));
            } else if (RegionCode.contains(authority.regionCode, in.regionCode())) {
                List<String> conflicts = labConflictsInPool(in.labCode(), in.productCode(), in.regionCode());
                if (!conflicts.isEmpty()) {
                    violations.add(new FieldViolation(path + "labCode", "LAB_CONFLICT", labConflictMessage(in.labCode(),
                            in.productCode(), conflicts)));
                }
            }
            items.add(row);
        }
        for (PlanItemRow issued : carried.values()) {
            if (!seen.contains(issued.seq)) {
                violations.add(new FieldViolation("items", "ISSUED_ITEM_REMOVED",
                        "已下达的项目 " + issued.seq + " 不能删除 / issued item " + issued.seq + " cannot be removed: its draw stands"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return items;
    }

    private static List<String> changedDrawFields(PlanItemRow before, PlanItemRow after) {
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

    private void insertItems(long planId, List<PlanItemRow> items) {
        for (PlanItemRow item : items) {
            item.planId = planId;
            plans.insertItem(item);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanView> listPlans(Actor actor) {
        if (!actor.isAuthority()) {
            return List.of();
        }
        return plans.listByAuthority(actor.orgCode()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView getPlan(Actor actor, long planId) {
        return view(visiblePlan(actor, planId));
    }

    // ---------------------------------------------------------------- approval

    @Override
    public PlanView submitPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "提交");
        PlanStatus from = PlanStatus.valueOf(plan.status);
        if (from != PlanStatus.DRAFT) {
            throw new ConflictException("WRONG_STATUS", "计划状态为 " + plan.status + "，不能提交 / a plan in status " + plan.status
                    + " cannot be submitted" + (from == PlanStatus.RETURNED ? "; a returned plan is resubmitted from its 修改并重新提交 task" : ""));
        }
        if (plan.amendsId != null && diff(plan).empty()) {
            throw new RuleViolationException(null, "NOTHING_CHANGED", "变更版本与原计划相同 / the amendment changes nothing");
        }
        boolean sectionReview = PlanKind.ANNUAL.name().equals(plan.kind);
        int levels = sectionReview ? settings.approvalLevels(authorityOf(plan.authorityCode).approvalLevels)
                : settings.specialApprovalLevels();
        plans.startRound(planId, sectionReview, levels);
        transition(plan, PlanStatus.SUBMITTED, null, null);
        event(planId, "SUBMITTED", actor, comment);
        events.publishEvent(new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, false, sectionReview, levels));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView resubmitPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "重新提交");
        expectStatus(plan, PlanStatus.RETURNED);
        // the process keeps the path it started with
        plans.startRound(planId, Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels);
        transition(plan, PlanStatus.SUBMITTED, null, null);
        event(planId, "RESUBMITTED", actor, comment);
        events.publishEvent(new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, true,
                Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView withdrawPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "撤回");
        if (!PlanStatus.SUBMITTED.name().equals(plan.status)) {
            throw new ConflictException("REVIEW_STARTED", "计划状态为 " + plan.status + "，只能在审核前撤回 / a plan can only be withdrawn"
                    + " before anyone has reviewed it (status " + plan.status + ")");
        }
        transition(plan, PlanStatus.DRAFT, null, null);
        event(planId, "WITHDRAWN", actor, comment);
        events.publishEvent(new PlanWithdrawn(planId, plan.code, plan.draftedBy));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView reviewPlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_REVIEWER);
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        expectStatus(plan, PlanStatus.SUBMITTED);
        if (!Boolean.TRUE.equals(plan.sectionReview)) {
            throw new ConflictException("NO_SECTION_REVIEW", "该计划不经科室审核 / this plan's path has no section review");
        }
        requireCommentOnReturn(decision, comment);
        if (decision == Decision.APPROVE) {
            transition(plan, PlanStatus.REVIEWED, actor.username(), null);
            event(planId, "REVIEWED", actor, comment);
        } else {
            transition(plan, PlanStatus.RETURNED, actor.username(), null);
            event(planId, "RETURNED", actor, comment);
        }
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView countersignPlan(Actor actor, long planId, Decision decision, String comment) {
        if (!actor.isAuthority()) {
            throw new AccessRefusedException("NOT_AUTHORITY", "会签人须为本局人员 / countersigners are staff of the authority");
        }
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        expectStatus(plan, PlanStatus.REVIEWED);
        requireCommentOnReturn(decision, comment);
        event(planId, decision == Decision.APPROVE ? "COUNTERSIGN_AGREED" : "COUNTERSIGN_DISAGREED", actor, comment);
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView concludeCountersign(long planId, boolean passed, String summary) {
        PlanRow plan = visiblePlan(Actor.SYSTEM, planId);
        expectStatus(plan, PlanStatus.REVIEWED);
        if (passed) {
            event(planId, "COUNTERSIGNED", Actor.SYSTEM, summary);
        } else {
            transition(plan, PlanStatus.RETURNED, null, null);
            event(planId, "COUNTERSIGN_FAILED", Actor.SYSTEM, summary);
        }
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView withdrawReview(Actor actor, long planId, String comment) {
        require(actor, Role.PLAN_REVIEWER);
        PlanRow plan = visiblePlan(actor, planId);
        expectStatus(plan, PlanStatus.REVIEWED);
        if (!actor.username().equals(plan.reviewedBy) || plan.approvalsDone != null && plan.approvalsDone > 0) {
            throw new ConflictException("NOT_WITHDRAWABLE", "只能撤回本人的审核意见，且局领导尚未批准 / only your own review, before any approval");
        }
        transition(plan, PlanStatus.SUBMITTED, null, null);
        event(planId, "REVIEW_WITHDRAWN", actor, comment);
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView approvePlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_APPROVER);
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        if (actor.username().equals(plan.reviewedBy)) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES", "审核人不能同时批准 / the reviewer may not also approve");
        }
        if (deciders(planId).contains(actor.username())) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES", "每一级批准须由不同的人 / each approval level needs a different person");
        }
        int done = plan.approvalsDone == null ? 0 : plan.approvalsDone;
        boolean firstWithoutReview = !Boolean.TRUE.equals(plan.sectionReview) && done == 0;
        expectStatus(plan, firstWithoutReview ? PlanStatus.SUBMITTED : PlanStatus.REVIEWED);
        requireCommentOnReturn(decision, comment);
        if (decision == Decision.RETURN) {
            transition(plan, PlanStatus.RETURNED, null, null);
            event(planId, "RETURNED", actor, comment);
            return view(plans.findPlan(planId));
        }
        int level = done + 1;
        plans.setApprovalsDone(planId, level);
        if (level < plan.approvalLevels) {
            transition(plan, PlanStatus.REVIEWED, null, null);
            event(planId, "LEVEL_APPROVED", actor, levelComment(level, plan.approvalLevels, comment));
        } else {
            transition(plan, PlanStatus.APPROVED, null, actor.username());
            event(planId, "APPROVED", actor, plan.approvalLevels > 1 ? levelComment(level, plan.approvalLevels, comment) : comment);
        }
        return view(plans.findPlan(planId));
    }

    private static String levelComment(int level, int levels, String comment) {
        String prefix = "[" + level + "/" + levels + "]";
        return comment == null || comment.isBlank() ? prefix : prefix + " " + comment.strip();
    }

    /** Who reviewed or approved a level in the current round. */
    private Set<String> deciders(long planId) {
        List<PlanEventRow> all = plans.findEvents(planId);
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            if (ROUND_STARTS.contains(all.get(i).action)) {
                start = i;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (PlanEventRow e : all.subList(start, all.size())) {
            if (e.action.equals("REVIEWED") || e.action.equals("LEVEL_APPROVED")) {
                names.add(e.actor);
            }
        }
        return names;
    }

    @Override
    public PlanView fileWithSuperior(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        expectStatus(plan, PlanStatus.APPROVED);
        AuthorityRow authority = authorityOf(plan.authorityCode);
        AuthorityRow superior = authority.parentCode == null ? null : registers.findAuthority(authority.parentCode);
        Instant now = now();
        plans.setFiled(planId, superior == null ? null : superior.code, now);
        transition(plan, PlanStatus.FILED_WITH_SUPERIOR, null, null);
        // domain.md stage A.1 (Order 18 art. 11 [U]; S8): the plan is filed with the authority one level up
        event(planId, "FILED_WITH_SUPERIOR", actor, superior == null
                ? "名录中无上级机关 / no superior authority in the register"
                : superior.code + " " + superior.name);
        return view(plans.findPlan(planId));
    }

    @Override
    public List<String> issuePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        expectStatus(plan, PlanStatus.FILED_WITH_SUPERIOR);
        for (PlanItemRow item : plans.findItems(planId)) {
            if (item.originItemId != null) {
                continue;
            }
            // R21: checked again before any draw, for conflicts declared after the plan was drafted; no draw is
            // made, so a refusal cannot be used to draw again until a convenient enterprise comes up
            List<String> conflicts = labConflictsInPool(item.labCode, item.productCode, item.regionCode);
            if (!conflicts.isEmpty()) {
                throw new RuleViolationException("items[" + (item.seq - 1) + "].labCode", "LAB_CONFLICT",
                        "计划项目 " + item.seq + "：" + labConflictMessage(item.labCode, item.productCode, conflicts));
            }
        }
        List<String> codes = new ArrayList<>();
        for (PlanItemRow item : plans.findItems(planId)) {
            if (item.originItemId != null) {
                continue; // carried from the amended version: its draws and spot-check tasks stand
            }
            int n = 0;
            for (DrawRow enterpriseDraw : drawing.drawEnterprises(plan, item, actor)) {
                for (String enterpriseCode : codes(enterpriseDraw.result)) {
                    n++;
                    String taskCode = String.format("%s-%02d-%02d", plan.code, item.seq, n);
                    DrawRow inspectorDraw = drawing.drawInspectors(plan, item, enterpriseCode, taskCode, null, null, null, null, actor);
                    SpotCheckTaskRow task = new SpotCheckTaskRow();
                    task.code = taskCode;
                    task.planId = planId;
                    task.planItemId = item.id;
                    task.authorityCode = plan.authorityCode;
                    task.regionCode = item.regionCode;
                    task.productCode = item.productCode;
                    task.ruleId = item.ruleId;
                    task.labCode = item.labCode;
                    task.enterpriseCode = enterpriseCode;
                    task.inspectorCodes = inspectorDraw.result;
                    task.samplerUsernames = samplerUsernames(plan.authorityCode, codes(inspectorDraw.result));
                    task.enterpriseDrawId = enterpriseDraw.id;
                    task.inspectorDrawId = inspectorDraw.id;
                    task.status = "CREATED";
                    task.createdAt = now();
                    tasks.insert(task);
                    codes.add(task.code);
                }
            }
        }
        if (plan.amendsId != null) {
            PlanRow previous = plans.findPlan(plan.amendsId);
            transition(previous, PlanStatus.SUPERSEDED, null, null);
            event(previous.id, "SUPERSEDED", actor, plan.code);
        }
        transition(plan, PlanStatus.ISSUED, null, null);
        event(planId, "ISSUED", actor, codes.size() + " spot-check tasks");
        return codes;
    }

    private String samplerUsernames(String authorityCode, List<String> inspectorCodes) {
        Map<String, InspectorRow> byCode = registers.inspectorsOfAuthority(authorityCode).stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        return inspectorCodes.stream().map(byCode::get).filter(i -> i != null && i.username != null)
                .map(i -> i.username).collect(Collectors.joining(","));
    }

    @Override
    public void closePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        if (PlanStatus.SUPERSEDED.name().equals(plan.status)) {
            event(planId, "SPOT_CHECKS_ENDED", actor, null); // a superseded version keeps its status
            return;
        }
        expectStatus(plan, PlanStatus.ISSUED);
        transition(plan, PlanStatus.CLOSED, null, null);
        event(planId, "CLOSED", actor, null);
    }

    // ---------------------------------------------------------------- amendments

    @Override
    public PlanView amendPlan(Actor actor, long planId, String comment) {
        require(actor, Role.PLANNER);
        PlanRow plan = visiblePlan(actor, planId);
        if (!PlanStatus.ISSUED.name().equals(plan.status)) {
            throw new ConflictException("WRONG_STATUS", "只有已下达的计划可以变更 / only an issued plan can be amended (status " + plan.status + ")");
        }
        PlanRow pending = plans.findAmendmentOf(planId);
        if (pending != null) {
            throw new ConflictException("AMENDMENT_IN_PROGRESS", "该计划已有变更版本 " + pending.code + " / an amendment is already in progress: " + pending.code);
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

    private static String rootCode(String code) {
        return code.replaceFirst("-V\\d+$", "");
    }

    private static PlanItemRow copyOf(PlanItemRow item) {
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

    @Override
    @Transactional(readOnly = true)
    public PlanDiff diffPlan(Actor actor, long planId) {
        return diff(visiblePlan(actor, planId));
    }

    private PlanDiff diff(PlanRow plan) {
        PlanRow previous = plan.amendsId == null ? null : plans.findPlan(plan.amendsId);
        if (previous == null) {
            return new PlanDiff(plan.id, plan.code, plan.versionNo, null, null, List.of(), List.of());
        }
        List<PlanDiff.FieldChange> fields = new ArrayList<>();
        change(fields, "title", previous.title, plan.title);
        change(fields, "planYear", previous.planYear, plan.planYear);
        change(fields, "legalBasis", previous.legalBasis, plan.legalBasis);
        Map<Integer, PlanItemRow> before = plans.findItems(previous.id).stream().collect(Collectors.toMap(i -> i.seq, Function.identity()));
        Map<Integer, PlanItemRow> after = plans.findItems(plan.id).stream().collect(Collectors.toMap(i -> i.seq, Function.identity()));
        List<PlanDiff.ItemChange> items = new ArrayList<>();
        for (PlanItemRow a : after.values()) {
            PlanItemRow b = before.get(a.seq);
            if (b == null || a.originItemId == null) {
                items.add(new PlanDiff.ItemChange(a.seq, a.productCode, "ADDED", itemFields(null, a)));
            } else {
                List<PlanDiff.FieldChange> changed = itemFields(b, a);
                if (!changed.isEmpty()) {
                    items.add(new PlanDiff.ItemChange(a.seq, a.productCode, "CHANGED", changed));
                }
            }
        }
        for (PlanItemRow b : before.values()) {
            PlanItemRow a = after.get(b.seq);
            if (a == null || a.originItemId == null) {
                items.add(new PlanDiff.ItemChange(b.seq, b.productCode, "REMOVED", itemFields(b, null)));
            }
        }
        items.sort(java.util.Comparator.comparingInt(PlanDiff.ItemChange::seq).thenComparing(PlanDiff.ItemChange::change));
        return new PlanDiff(plan.id, plan.code, plan.versionNo, previous.id, previous.code, fields, items);
    }

    private static List<PlanDiff.FieldChange> itemFields(PlanItemRow b, PlanItemRow a) {
        List<PlanDiff.FieldChange> out = new ArrayList<>();
        change(out, "productCode", b == null ? null : b.productCode, a == null ? null : a.productCode);
        change(out, "regionCode", b == null ? null : b.regionCode, a == null ? null : a.regionCode);
        change(out, "labCode", b == null ? null : b.labCode, a == null ? null : a.labCode);
        change(out, "batches", b == null ? null : b.batches, a == null ? null : a.batches);
        change(out, "quarter", b == null ? null : b.quarter, a == null ? null : a.quarter);
        change(out, "budget", b == null ? null : b.budget.stripTrailingZeros().toPlainString(),
                a == null ? null : a.budget.stripTrailingZeros().toPlainString());
        change(out, "reason", b == null ? null : b.reason, a == null ? null : a.reason);
        change(out, "legalBasis", b == null ? null : b.legalBasis, a == null ? null : a.legalBasis);
        change(out, "shares", b == null ? null : shares(b), a == null ? null : shares(a));
        change(out, "emergency", b == null ? null : Boolean.TRUE.equals(b.emergency), a == null ? null : Boolean.TRUE.equals(a.emergency));
        return out;
    }

    private static String shares(PlanItemRow i) {
        return i.shareLarge == null ? "" : i.shareLarge + "/" + i.shareMedium + "/" + i.shareSmall;
    }

    private static void change(List<PlanDiff.FieldChange> out, String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        if (!Objects.equals(b, a) && !(isBlank(b) && isBlank(a))) {
            out.add(new PlanDiff.FieldChange(field, b, a));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public CandidatePool candidates(Actor actor, long planId, int itemSeq) {
        PlanRow plan = visiblePlan(actor, planId);
        PlanItemRow item = plans.findItems(planId).stream().filter(i -> i.seq == itemSeq).findFirst()
                .orElseThrow(() -> new NotFoundException("plan item", planId + "/" + itemSeq));
        LocalDate today = drawing.today();
        DrawService.EnterprisePool pool = drawing.enterprisePool(plan, item, today);
        return new CandidatePool(planId, itemSeq, today, pool.filters(), pool.exempt(),
                pool.eligible().stream().map(e -> new CandidatePool.Candidate(e.code, e.name, e.size)).toList(), pool.excluded());
    }

    // ---------------------------------------------------------------- complaints

    @Override
    public ComplaintView recordComplaint(Actor actor, ComplaintCommand command) {
        require(actor, Role.PLANNER);
        Validation.check(validator, command);
        AuthorityRow authority = authorityOf(actor);
        List<FieldViolation> violations = new ArrayList<>();
        if (registers.findProduct(command.productCode()) == null) {
            violations.add(new FieldViolation("productCode", "UNKNOWN_PRODUCT", "不在产品目录中 / not in the product catalogue"));
        }
        String region = command.regionCode();
        if (command.enterpriseCode() != null && !command.enterpriseCode().isBlank()) {
            EnterpriseRow enterprise = registers.findEnterprise(command.enterpriseCode());
            if (enterprise == null) {
                violations.add(new FieldViolation("enterpriseCode", "UNKNOWN_ENTERPRISE", "名录库中没有该企业 / not in the enterprise register"));
            } else if (region == null || region.isBlank()) {
                region = enterprise.regionCode;
            }
        }
        if (region == null || region.isBlank()) {
            violations.add(new FieldViolation("regionCode", "REQUIRED", "请填写地区或企业 / give the region or the enterprise"));
        } else if (!RegionCode.contains(authority.regionCode, region)) {
            violations.add(new FieldViolation("regionCode", "OUTSIDE_JURISDICTION", "地区不在本局辖区内 / outside the jurisdiction " + authority.regionCode));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ComplaintRow row = new ComplaintRow();
        row.authorityCode = authority.code;
        row.receivedOn = command.receivedOn();
        row.complainant = command.complainant().strip();
        row.description = command.description().strip();
        row.productCode = command.productCode();
        row.enterpriseCode = command.enterpriseCode() == null || command.enterpriseCode().isBlank() ? null : command.enterpriseCode();
        row.regionCode = region;
        row.status = "OPEN";
        row.recordedBy = actor.username();
        row.recordedAt = now();
        complaints.insert(row);
        return complaintView(complaints.find(row.id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintView> complaints(Actor actor) {
        if (!actor.isAuthority()) {
            return List.of();
        }
        return complaints.listByAuthority(actor.orgCode()).stream().map(this::complaintView).toList();
    }

    @Override
    public PlanView startSpecialPlan(Actor actor, long complaintId, SpecialPlanCommand command) {
        require(actor, Role.PLANNER);
        Validation.check(validator, command);
        ComplaintRow complaint = complaints.find(complaintId);
        if (complaint == null || !actor.belongsTo(complaint.authorityCode)) {
            throw new NotFoundException("complaint", complaintId);
        }
        if (!"OPEN".equals(complaint.status)) {
            throw new ConflictException("PLAN_ALREADY_STARTED", "该投诉已启动专项计划 / a special plan was already started from this complaint");
        }
        ProductRow product = registers.findProduct(complaint.productCode);
        String productName = product == null ? complaint.productCode : product.nameZh;
        DraftPlanCommand draft = new DraftPlanCommand(
                command.planYear() + "年" + productName + "专项监督抽查（投诉举报 #" + complaintId + "）",
                PlanKind.SPECIAL, command.planYear(),
                "《中华人民共和国产品质量法》第十五条；《产品质量监督抽查管理暂行办法》；投诉举报 #" + complaintId,
                List.of(new DraftPlanCommand.Item(complaint.productCode, complaint.regionCode, command.labCode(),
                        command.batches(), command.quarter(), command.budget(), PlanItemReason.COMPLAINTS)));
        PlanRow plan = insertDraft(actor, draft, "COMPLAINT", String.valueOf(complaintId));
        if (complaints.markPlanDrafted(complaintId, plan.id) != 1) {
            throw new ConflictException("PLAN_ALREADY_STARTED", "该投诉已启动专项计划 / a special plan was already started from this complaint");
        }
        return view(plan);
    }

    private ComplaintView complaintView(ComplaintRow r) {
        ProductRow product = registers.findProduct(r.productCode);
        EnterpriseRow enterprise = r.enterpriseCode == null ? null : registers.findEnterprise(r.enterpriseCode);
        return new ComplaintView(r.id, r.authorityCode, r.receivedOn, r.complainant, r.description, r.productCode,
                product == null ? r.productCode : product.nameZh, r.enterpriseCode, enterprise == null ? null : enterprise.name,
                r.regionCode, r.status, r.planId, r.recordedBy, r.recordedAt);
    }

    // ---------------------------------------------------------------- spot-check tasks and draws

    @Override
    @Transactional(readOnly = true)
    public SpotCheckTaskView getSpotCheckTask(Actor actor, String code) {
        SpotCheckTaskRow row = tasks.findByCode(code);
        if (row == null || !maySee(actor, row)) {
            throw row == null ? new NotFoundException("spot-check task", code) : new org.spotcheck.shared.OutOfScopeException("spot-check task", code);
        }
        return taskView(row);
    }

    @Override
    public void updateSpotCheckTaskStatus(Actor actor, String code, String status) {
        if (tasks.updateStatus(code, status) != 1) {
            throw new NotFoundException("spot-check task", code);
        }
    }

    @Override
    public void recordCheckedProduct(Actor actor, CheckedProductCommand command) {
        Validation.check(validator, command);
        SpotCheckTaskRow task = tasks.findByCode(command.taskCode());
        if (task == null) {
            throw new NotFoundException("spot-check task", command.taskCode());
        }
        CheckedProductRow row = new CheckedProductRow();
        row.authorityCode = command.authorityCode();
        row.enterpriseCode = command.enterpriseCode();
        row.productCode = command.productCode();
        row.standardCode = command.standardCode();
        row.trademark = command.trademark();
        row.specification = command.specification();
        row.checkedOn = command.checkedOn();
        row.taskCode = command.taskCode();
        if (drawing.recordChecked(row)) {
            tasks.updateStatus(task.code, "SAMPLED");
        }
    }

    @Override
    public SpotCheckTaskView redrawInspectors(Actor actor, String taskCode, RedrawCommand command) {
        require(actor, Role.PLANNER);
        Validation.check(validator, command);
        SpotCheckTaskRow task = tasks.findByCode(taskCode);
        if (task == null || !actor.belongsTo(task.authorityCode)) {
            throw new NotFoundException("spot-check task", taskCode);
        }
        if (!"CREATED".equals(task.status)) {
            throw new ConflictException("ALREADY_SAMPLED", "已抽样的任务不能重新抽取人员 / the sample was already taken; the team cannot be drawn again");
        }
        PlanRow plan = plans.findPlan(task.planId);
        PlanItemRow item = plans.findItem(task.planItemId);
        List<String> exclude = command.exclude() == null ? List.of() : command.exclude().stream().map(String::strip).toList();
        DrawRow draw = drawing.drawInspectors(plan, item, task.enterpriseCode, task.code, task.id, exclude,
                command.reason().strip(), task.inspectorDrawId, actor);
        String samplers = samplerUsernames(plan.authorityCode, codes(draw.result));
        if (tasks.updateTeam(task.code, draw.result, samplers, draw.id) != 1) {
            throw new ConflictException("ALREADY_SAMPLED", "已抽样的任务不能重新抽取人员 / the sample was already taken");
        }
        event(plan.id, "INSPECTORS_REDRAWN", actor, task.code + "：" + command.reason().strip());
        events.publishEvent(new InspectorsRedrawn(task.code, codes(samplers), draw.id));
        return taskView(tasks.findByCode(task.code));
    }

    /**
     * Who may see a spot-check task, and with it the drawn enterprise (issue 12 point 2b, Order 18
     * art. 14: no advance notice). Before the case is sampled only the organising authority and the
     * samplers drawn for it; the lab once the sample was sealed and handed over to it; the
     * enterprise once it was sampled.
     */
    private boolean maySee(Actor actor, SpotCheckTaskRow row) {
        if (actor.isSystem()) {
            return true;
        }
        return switch (actor.orgType()) {
            case AUTHORITY -> actor.belongsTo(row.authorityCode) || codes(row.samplerUsernames).contains(actor.username());
            case LAB -> actor.belongsTo(row.labCode) && sampled(row);
            case ENTERPRISE -> actor.belongsTo(row.enterpriseCode) && sampled(row);
        };
    }

    /**
     * The one "sampled" event of a case (issue 12 point 2c): the sampling record was sealed (the
     * samplers completed 现场抽样) or the visit was closed without a sample. The enterprise then knows
     * of the check, so its draw may be published; {@code CREATED} is the only state before it.
     */
    static boolean sampled(SpotCheckTaskRow task) {
        return !"CREATED".equals(task.status);
    }

    /**
     * Whether a draw may be published (issue 12 point 2): every task made from it was sampled. A draw
     * without tasks of its own kind that is not an enterprise or inspector draw (a re-test lab draw,
     * made after sampling) is public at once. The one rule for the public API, the public page and
     * the draw's own door.
     */
    private boolean revealed(DrawRow draw) {
        if (!DrawService.ENTERPRISE.equals(draw.kind) && !DrawService.INSPECTOR.equals(draw.kind)) {
            return true;
        }
        return revealed(tasks.findByDraw(draw.id));
    }

    private static boolean revealed(List<SpotCheckTaskRow> made) {
        return !made.isEmpty() && made.stream().allMatch(PlanningService::sampled);
    }

    /**
     * The insiders of a draw (issue 12 point 2a): the planners, reviewers and approvers of the plan's
     * own authority. A planner of another authority sees only the commitment until it is revealed.
     */
    private boolean insider(Actor actor, DrawRow draw) {
        if (actor == null || !actor.isAuthority()
                || !(actor.has(Role.PLANNER) || actor.has(Role.PLAN_REVIEWER) || actor.has(Role.PLAN_APPROVER))) {
            return false;
        }
        PlanItemRow item = draw.planItemId == null ? null : plans.findItem(draw.planItemId);
        PlanRow plan = item == null ? null : plans.findPlan(item.planId);
        return plan != null && actor.belongsTo(plan.authorityCode);
    }

    @Override
    @Transactional(readOnly = true)
    public DrawView getDraw(Actor actor, long drawId) {
        DrawRow row = findDraw(drawId);
        boolean revealed = revealed(row);
        DrawView view = drawView(row, revealed);
        return revealed || insider(actor, row) ? view : view.sealed();
    }

    private DrawRow findDraw(long drawId) {
        DrawRow row = draws.find(drawId);
        if (row == null) {
            throw new NotFoundException("draw", drawId);
        }
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public DrawVerification verifyDraw(Actor actor, long drawId) {
        DrawRow row = findDraw(drawId);
        if (!revealed(row) && !insider(actor, row)) {
            throw new ConflictException("DRAW_NOT_REVEALED",
                    "抽样完成后公开，可据已公布的承诺值复核 / published after sampling; verify it then against the commitment published now");
        }
        return drawing.verify(row);
    }

    private static DrawView drawView(DrawRow row, boolean revealed) {
        List<String> pool = codes(row.pool);
        return new DrawView(row.id, row.planItemId, row.kind, row.stratum, row.taskCode, row.algorithm, row.seed, row.filters,
                pool, row.poolHash, row.drawCount, codes(row.result), row.reason, row.replacesDrawId, row.drawnBy, row.drawnAt,
                row.commitment, pool.size(), revealed);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicPlanView> publicPlans() {
        Map<String, String> authorityNames = registers.authorities().stream().collect(Collectors.toMap(a -> a.code, a -> a.name));
        Map<String, String> enterpriseNames = registers.enterprises().stream().collect(Collectors.toMap(e -> e.code, e -> e.name));
        Map<String, ProductRow> products = registers.products().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        Map<String, LabRow> labs = registers.labs().stream().collect(Collectors.toMap(l -> l.code, Function.identity()));
        List<PublicPlanView> result = new ArrayList<>();
        for (PlanRow plan : plans.listPublic()) {
            List<PublicPlanView.Item> items = new ArrayList<>();
            for (PlanItemRow item : plans.findItems(plan.id)) {
                List<DrawRow> enterpriseDraws = draws.findByPlanItem(item.drawItemId()).stream()
                        .filter(d -> d.kind.equals(DrawService.ENTERPRISE)).toList();
                // Order 18 art. 14 (no advance notice): an enterprise is named once its case was sampled;
                // before that the public sees the commitment published at draw time
                List<String> drawn = new ArrayList<>();
                int hidden = 0;
                List<PublicPlanView.Draw> published = new ArrayList<>();
                for (DrawRow d : enterpriseDraws) {
                    List<SpotCheckTaskRow> made = tasks.findByDraw(d.id);
                    Set<String> sampled = made.stream().filter(PlanningService::sampled).map(t -> t.enterpriseCode)
                            .collect(Collectors.toSet());
                    for (String c : codes(d.result)) {
                        if (sampled.contains(c)) {
                            drawn.add(enterpriseNames.getOrDefault(c, c));
                        } else {
                            hidden++;
                        }
                    }
                    boolean open = revealed(made);
                    List<String> pool = codes(d.pool);
                    published.add(new PublicPlanView.Draw(d.id, d.commitment, pool.size(), d.drawCount, d.drawnAt, open,
                            open ? d.seed : null, open ? pool : List.of(), open ? codes(d.result) : List.of()));
                }
                List<Long> ids = enterpriseDraws.stream().map(d -> d.id).toList();
                ProductRow product = products.get(item.productCode);
                LabRow lab = labs.get(item.labCode);
                items.add(new PublicPlanView.Item(product == null ? item.productCode : product.nameZh, item.regionCode,
                        lab == null ? item.labCode : lab.name, item.batches, drawn, ids.isEmpty() ? null : ids.get(0), ids, hidden,
                        published));
            }
            result.add(new PublicPlanView(plan.code, plan.title, plan.kind, plan.planYear, plan.versionNo,
                    authorityNames.getOrDefault(plan.authorityCode, plan.authorityCode), plan.status, items));
        }
        return result;
    }

    // ---------------------------------------------------------------- registers

    @Override
    @Transactional(readOnly = true)
    public List<AuthorityView> authorities() {
        return registers.authorities().stream().map(a -> new AuthorityView(a.code, a.name, a.regionCode, a.level)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnterpriseView> enterprises(Actor actor) {
        return registers.enterprises().stream()
                .filter(e -> actor.isAuthority() ? RegionCode.contains(actor.regionCode(), e.regionCode) : actor.belongsTo(e.code))
                .map(e -> new EnterpriseView(e.code, e.name, e.creditCode, e.address, e.regionCode, e.industry, e.size,
                        codes(e.productCodes)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabView> labs() {
        return registers.labs().stream().map(l -> new LabView(l.code, l.name, l.accreditationNo, l.regionCode, l.address,
                codes(l.productCodes), l.capacity)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductView> products() {
        return registers.products().stream().map(PlanningService::productView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InspectorView> inspectors(Actor actor) {
        return registers.inspectors().stream()
                .filter(i -> actor.belongsTo(i.authorityCode))
                .map(i -> new InspectorView(i.code, i.name, i.authorityCode, i.regionCode, i.username, i.qualifications,
                        codes(i.conflicts)))
                .toList();
    }

    @Override
    public ImportResult createRegisterEntry(Actor actor, RegisterKind kind, Map<String, String> values) {
        return registerService.create(actor, kind, values);
    }

    @Override
    public ImportResult importRegister(Actor actor, RegisterKind kind, UploadedFile file) {
        return registerService.importFile(actor, kind, file);
    }

    // ---------------------------------------------------------------- rules

    @Override
    @Transactional(readOnly = true)
    public RuleView getRule(long ruleId) {
        RuleRow rule = registers.findRule(ruleId);
        if (rule == null) {
            throw new NotFoundException("implementation rule", ruleId);
        }
        return ruleView(rule, true);
    }

    @Override
    @Transactional(readOnly = true)
    public RuleView activeRule(String productCode) {
        RuleRow rule = registers.findActiveRule(productCode);
        if (rule == null) {
            throw new NotFoundException("active implementation rule of", productCode);
        }
        return ruleView(rule, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RuleView> rules() {
        return registers.rules().stream().map(r -> ruleView(r, false)).toList();
    }

    @Override
    public RuleView draftRule(Actor actor, RuleDraftCommand command) {
        Validation.check(validator, command);
        return getRule(ruleService.draft(actor, command));
    }

    @Override
    public RuleView importRuleItems(Actor actor, long ruleId, UploadedFile file) {
        return getRule(ruleService.importItems(actor, ruleId, file));
    }

    @Override
    public RuleView newRuleVersion(Actor actor, long ruleId, String version) {
        return getRule(ruleService.newVersion(actor, ruleId, version));
    }

    @Override
    public RuleView publishRule(Actor actor, long ruleId) {
        return getRule(ruleService.publish(actor, ruleId));
    }

    // ---------------------------------------------------------------- lab conflicts of interest (R21)

    @Override
    public LabConflictView declareLabConflict(Actor actor, DeclareLabConflictCommand command) {
        Validation.check(validator, command);
        boolean ownLab = actor.isLab() && actor.belongsTo(command.labCode()) && actor.has(Role.LAB_APPROVER);
        if (!ownLab && !actor.has(Role.PLANNER)) {
            throw new AccessRefusedException("NOT_YOUR_LAB",
                    "只能登记本机构的利害关系 / only the lab's authorised signatory or a planner may declare its conflicts");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (registers.findLab(command.labCode()) == null) {
            violations.add(new FieldViolation("labCode", "UNKNOWN_LAB", "承检机构不存在 / unknown lab: " + command.labCode()));
        }
        if (registers.findEnterprise(command.enterpriseCode()) == null) {
            violations.add(new FieldViolation("enterpriseCode", "UNKNOWN_ENTERPRISE", "企业不存在 / unknown enterprise: " + command.enterpriseCode()));
        }
        if (registers.findProduct(command.productCode()) == null) {
            violations.add(new FieldViolation("productCode", "UNKNOWN_PRODUCT", "不在产品目录中 / not in the product catalogue: " + command.productCode()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LabConflictRow existing = labConflicts.find(command.labCode(), command.enterpriseCode(), command.productCode());
        if (existing != null) {
            return labConflictView(existing); // declaring twice changes nothing
        }
        LabConflictRow row = new LabConflictRow();
        row.labCode = command.labCode();
        row.enterpriseCode = command.enterpriseCode();
        row.productCode = command.productCode();
        row.reason = command.reason().strip();
        row.declaredBy = actor.username();
        row.declaredAt = now();
        labConflicts.insert(row);
        return labConflictView(row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabConflictView> labConflicts(Actor actor) {
        if (actor.isLab()) {
            return labConflicts.list(actor.orgCode()).stream().map(this::labConflictView).toList();
        }
        return actor.isAuthority() ? labConflicts.list(null).stream().map(this::labConflictView).toList() : List.of();
    }

    /** R21: the enterprises of an item's draw pool (region and product) that the lab declared a conflict with. */
    private List<String> labConflictsInPool(String labCode, String productCode, String regionCode) {
        List<String> declared = labConflicts.conflictingEnterprises(labCode, productCode);
        if (declared.isEmpty()) {
            return List.of();
        }
        return registers.enterprises().stream()
                .filter(e -> RegionCode.contains(regionCode, e.regionCode))
                .filter(e -> codes(e.productCodes).contains(productCode))
                .map(e -> e.code).filter(declared::contains).sorted().toList();
    }

    private static String labConflictMessage(String labCode, String productCode, List<String> enterprises) {
        return "承检机构 " + labCode + " 已登记与候选企业 " + String.join("、", enterprises) + " 存在利害关系（" + productCode
                + "），不能承担该项目，请更换承检机构 / lab " + labCode + " declared a conflict of interest with "
                + String.join(", ", enterprises) + " for " + productCode + " (R21); choose another lab";
    }

    private LabConflictView labConflictView(LabConflictRow row) {
        EnterpriseRow enterprise = registers.findEnterprise(row.enterpriseCode);
        return new LabConflictView(row.id, row.labCode, row.enterpriseCode, enterprise == null ? row.enterpriseCode : enterprise.name,
                row.productCode, row.reason, row.declaredBy, row.declaredAt);
    }

    // ---------------------------------------------------------------- helpers

    private AuthorityRow authorityOf(Actor actor) {
        AuthorityRow authority = registers.findAuthority(actor.orgCode());
        if (authority == null) {
            throw new AccessRefusedException("NOT_AN_AUTHORITY", "only staff of a market regulation authority may draft plans");
        }
        return authority;
    }

    private AuthorityRow authorityOf(String code) {
        AuthorityRow authority = registers.findAuthority(code);
        if (authority == null) {
            throw new NotFoundException("authority", code);
        }
        return authority;
    }

    private PlanRow visiblePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null || !(actor.isSystem() || actor.belongsTo(plan.authorityCode))) {
            throw plan == null ? new NotFoundException("plan", planId) : new org.spotcheck.shared.OutOfScopeException("plan", planId);
        }
        return plan;
    }

    private void transition(PlanRow plan, PlanStatus to, String reviewedBy, String approvedBy) {
        int updated = plans.transition(plan.id, plan.status, plan.rowVersion, to.name(), reviewedBy, approvedBy, now());
        if (updated != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "计划已被他人修改 / the plan was changed by someone else; reload and try again");
        }
        plan.status = to.name();
        plan.rowVersion = plan.rowVersion + 1;
    }

    private void event(long planId, String action, Actor actor, String comment) {
        PlanEventRow row = new PlanEventRow();
        row.planId = planId;
        row.action = action;
        row.actor = actor.username();
        row.comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (row.comment != null && row.comment.length() > 1000) {
            row.comment = row.comment.substring(0, 1000);
        }
        row.occurredAt = now();
        plans.insertEvent(row);
    }

    private static void require(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要角色 " + role + " / role " + role + " required");
        }
    }

    private static void onlyDrafter(Actor actor, PlanRow plan, String what) {
        if (!plan.draftedBy.equals(actor.username())) {
            throw new AccessRefusedException("ONLY_DRAFTER", "只有编制人可以" + what + " / only the drafter may do this");
        }
    }

    private static void noSelfApproval(Actor actor, PlanRow plan) {
        if (actor.username().equals(plan.draftedBy)) {
            throw new AccessRefusedException("NO_SELF_APPROVAL", "不能审批自己编制的计划 / nobody approves their own plan");
        }
    }

    private static void expectStatus(PlanRow plan, PlanStatus expected) {
        if (!expected.name().equals(plan.status)) {
            throw new ConflictException("WRONG_STATUS", "计划状态为 " + plan.status + "，应为 " + expected
                    + " / plan is " + plan.status + ", expected " + expected);
        }
    }

    private static void requireCommentOnReturn(Decision decision, String comment) {
        if (decision == Decision.RETURN && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED_ON_RETURN", "退回时必须填写意见 / a return needs a comment");
        }
    }

    private PlanView view(PlanRow plan) {
        Map<String, ProductRow> products = registers.products().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        Map<String, LabRow> labs = registers.labs().stream().collect(Collectors.toMap(l -> l.code, Function.identity()));
        boolean issuedVersion = Set.of("ISSUED", "SUPERSEDED", "CLOSED").contains(plan.status);
        List<PlanView.Item> items = plans.findItems(plan.id).stream().map(i -> new PlanView.Item(i.id, i.seq, i.productCode,
                products.containsKey(i.productCode) ? products.get(i.productCode).nameZh : i.productCode, i.ruleId,
                i.regionCode, i.labCode, labs.containsKey(i.labCode) ? labs.get(i.labCode).name : i.labCode,
                i.batches, i.quarter, i.budget, PlanItemReason.valueOf(i.reason), i.shareLarge, i.shareMedium, i.shareSmall,
                Boolean.TRUE.equals(i.emergency), i.originItemId, issuedVersion || i.originItemId != null, i.legalBasis)).toList();
        List<PlanView.Event> events = plans.findEvents(plan.id).stream()
                .map(e -> new PlanView.Event(e.action, e.actor, e.comment, e.occurredAt)).toList();
        return new PlanView(plan.id, plan.code, plan.title, PlanKind.valueOf(plan.kind), plan.planYear, plan.authorityCode,
                plan.regionCode, plan.legalBasis, PlanStatus.valueOf(plan.status), plan.draftedBy, plan.reviewedBy,
                plan.approvedBy, plan.createdAt, plan.updatedAt, plan.versionNo, plan.amendsId,
                Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels, plan.approvalsDone == null ? 0 : plan.approvalsDone,
                plan.filedWith, plan.filedAt, plan.sourceType, plan.sourceRef, items, events);
    }

    private SpotCheckTaskView taskView(SpotCheckTaskRow row) {
        PlanRow plan = plans.findPlan(row.planId);
        EnterpriseRow enterprise = registers.findEnterprise(row.enterpriseCode);
        ProductRow product = registers.findProduct(row.productCode);
        LabRow lab = registers.findLab(row.labCode);
        return new SpotCheckTaskView(row.code, row.planId, plan.code, row.planItemId, row.authorityCode, row.regionCode,
                row.productCode, product == null ? row.productCode : product.nameZh, row.ruleId, row.labCode,
                lab == null ? row.labCode : lab.name, row.enterpriseCode, enterprise.name, enterprise.creditCode,
                enterprise.address, codes(row.inspectorCodes), codes(row.samplerUsernames), row.enterpriseDrawId,
                row.inspectorDrawId, row.status);
    }

    private RuleView ruleView(RuleRow rule, boolean withItems) {
        ProductRow product = registers.findProduct(rule.productCode);
        List<RuleView.Item> items = withItems ? registers.ruleItems(rule.id).stream().map(PlanningService::ruleItemView).toList() : List.of();
        return new RuleView(rule.id, rule.productCode, product == null ? rule.productCode : product.nameZh, rule.version,
                rule.title, rule.status, rule.testPortion, rule.backupPortion, rule.unit, rule.samplingBase,
                rule.judgmentText, rule.basedOnId, rule.publishedBy, rule.publishedAt, items);
    }

    private static RuleView.Item ruleItemView(RuleItemRow i) {
        return new RuleView.Item(i.code, i.nameZh, i.nameEn, i.standardClause, i.method, i.limitType, i.limitValue,
                i.limitMin, i.limitMax, i.limitText, i.unit, i.decimals, i.display, i.itemClass, Boolean.TRUE.equals(i.verified),
                i.detectionLimit, Boolean.TRUE.equals(i.ndRequired), i.valueZh, i.unitZh);
    }

    private static ProductView productView(ProductRow p) {
        return new ProductView(p.code, p.nameZh, p.nameEn, p.categoryZh, p.industryZh, p.riskLevel, p.activeRuleId);
    }

    static List<String> codes(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---------------------------------------------------------------- re-test lab draw (issue 6)

    @Override
    public DrawView drawRetestLab(Actor actor, String productCode, String excludedLabCode, String reason) {
        // PQL art. 19: the lab must be qualified for the product; R9: never the lab of the first test
        List<String> pool = registers.labs().stream()
                .filter(l -> codes(l.productCodes).contains(productCode) && !l.code.equals(excludedLabCode))
                .map(l -> l.code).toList();
        if (pool.isEmpty()) {
            throw new RuleViolationException(null, "NO_OTHER_QUALIFIED_LAB",
                    "没有其他具备资质的检验机构可承担复检 / no other lab is qualified for " + productCode);
        }
        List<String> canonical = RandomDraw.canonical(pool);
        DrawRow row = new DrawRow();
        row.planItemId = 0L; // not a plan item: a re-test of one case (the reason names it)
        row.kind = "RETEST_LAB";
        row.algorithm = RandomDraw.ALGORITHM;
        row.seed = RandomDraw.newSeed();
        row.filters = "product=" + productCode + ";excluded=" + excludedLabCode;
        row.pool = String.join(",", canonical);
        row.poolHash = RandomDraw.poolHash(canonical);
        row.drawCount = 1;
        row.result = String.join(",", RandomDraw.draw(row.seed, canonical, 1));
        row.reason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        row.drawnBy = actor.username();
        row.drawnAt = now();
        draws.insert(row);
        return getDraw(actor, row.id);
    }

    @Override
    @Transactional(readOnly = true)
    public EnterpriseView getEnterprise(String code) {
        EnterpriseRow e = registers.findEnterprise(code);
        if (e == null) {
            throw new NotFoundException("enterprise", code);
        }
        return new EnterpriseView(e.code, e.name, e.creditCode, e.address, e.regionCode, e.industry, e.size,
                codes(e.productCodes));
    }
}
