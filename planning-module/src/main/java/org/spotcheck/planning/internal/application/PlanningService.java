package org.spotcheck.planning.internal.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spotcheck.planning.api.AuthorityView;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.DrawVerification;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.InspectorView;
import org.spotcheck.planning.api.LabView;
import org.spotcheck.planning.api.PlanItemReason;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.PublicPlanView;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.internal.domain.RandomDraw;
import org.spotcheck.planning.internal.persistence.DrawMapper;
import org.spotcheck.planning.internal.persistence.DrawRow;
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
import org.spotcheck.shared.Validation;
import org.spotcheck.planning.api.event.PlanSubmitted;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link PlanningApi}. */
@Service
@Transactional
class PlanningService implements PlanningApi {

    /** R1 (Order 133 art. 19; Order 18): at least two samplers on site. */
    static final int SAMPLERS_PER_ENTERPRISE = 2;

    private final PlanMapper plans;
    private final RegisterMapper registers;
    private final DrawMapper draws;
    private final SpotCheckTaskMapper tasks;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    PlanningService(PlanMapper plans, RegisterMapper registers, DrawMapper draws, SpotCheckTaskMapper tasks,
            Validator validator, ApplicationEventPublisher events) {
        this.validator = validator;
        this.events = events;
        this.plans = plans;
        this.registers = registers;
        this.draws = draws;
        this.tasks = tasks;
    }

    // ---------------------------------------------------------------- plans

    @Override
    public PlanView draftPlan(Actor actor, DraftPlanCommand command) {
        require(actor, Role.PLANNER);
        Validation.check(validator, command);
        AuthorityRow authority = registers.findAuthority(actor.orgCode());
        if (authority == null) {
            throw new AccessRefusedException("NOT_AN_AUTHORITY", "only staff of a market regulation authority may draft plans");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<PlanItemRow> items = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            DraftPlanCommand.Item in = command.items().get(i);
            String path = "items[" + i + "].";
            RuleRow rule = registers.findActiveRule(in.productCode());
            if (registers.findProduct(in.productCode()) == null) {
                violations.add(new FieldViolation(path + "productCode", "UNKNOWN_PRODUCT", "不在产品目录中 / not in the product catalogue: " + in.productCode()));
            } else if (rule == null) {
                violations.add(new FieldViolation(path + "productCode", "NO_ACTIVE_RULE", "该产品没有现行实施细则 / the product has no active implementation rule"));
            }
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
            }
            PlanItemRow row = new PlanItemRow();
            row.seq = i + 1;
            row.productCode = in.productCode();
            row.ruleId = rule == null ? null : rule.id;
            row.regionCode = in.regionCode();
            row.labCode = in.labCode();
            row.batches = in.batches();
            row.quarter = in.quarter();
            row.budget = in.budget();
            row.reason = in.reason().name();
            items.add(row);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
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
        plans.insertPlan(plan);
        String prefix = command.kind() == PlanKind.SPECIAL ? "ZX" : "ND";
        plans.updateCode(plan.id, String.format("%s-%d-%06d", prefix, command.planYear(), plan.id));
        for (PlanItemRow item : items) {
            item.planId = plan.id;
            plans.insertItem(item);
        }
        event(plan.id, "DRAFTED", actor, null);
        return view(plans.findPlan(plan.id));
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

    @Override
    public PlanView submitPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        if (!plan.draftedBy.equals(actor.username())) {
            throw new AccessRefusedException("ONLY_DRAFTER", "只有编制人可以提交 / only the drafter may submit the plan");
        }
        PlanStatus from = PlanStatus.valueOf(plan.status);
        if (from != PlanStatus.DRAFT) {
            throw new ConflictException("WRONG_STATUS", "计划状态为 " + plan.status + "，不能提交 / a plan in status " + plan.status
                    + " cannot be submitted" + (from == PlanStatus.RETURNED ? "; a returned plan is resubmitted from its 修改并重新提交 task" : ""));
        }
        transition(plan, PlanStatus.SUBMITTED, null, null);
        event(planId, "SUBMITTED", actor, comment);
        events.publishEvent(new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, false));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView resubmitPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        if (!plan.draftedBy.equals(actor.username())) {
            throw new AccessRefusedException("ONLY_DRAFTER", "只有编制人可以重新提交 / only the drafter may resubmit the plan");
        }
        expectStatus(plan, PlanStatus.RETURNED);
        transition(plan, PlanStatus.SUBMITTED, null, null);
        event(planId, "RESUBMITTED", actor, comment);
        events.publishEvent(new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, true));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView reviewPlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_REVIEWER);
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        expectStatus(plan, PlanStatus.SUBMITTED);
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
    public PlanView approvePlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_APPROVER);
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        if (actor.username().equals(plan.reviewedBy)) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES", "审核人不能同时批准 / the reviewer may not also approve");
        }
        expectStatus(plan, PlanStatus.REVIEWED);
        requireCommentOnReturn(decision, comment);
        if (decision == Decision.APPROVE) {
            transition(plan, PlanStatus.APPROVED, null, actor.username());
            event(planId, "APPROVED", actor, comment);
        } else {
            transition(plan, PlanStatus.RETURNED, null, null);
            event(planId, "RETURNED", actor, comment);
        }
        return view(plans.findPlan(planId));
    }

    @Override
    public List<String> issuePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        expectStatus(plan, PlanStatus.APPROVED);
        List<String> codes = new ArrayList<>();
        List<InspectorRow> inspectors = registers.inspectorsOfAuthority(plan.authorityCode);
        for (PlanItemRow item : plans.findItems(planId)) {
            List<String> enterprisePool = registers.enterprises().stream()
                    .filter(e -> RegionCode.contains(item.regionCode, e.regionCode))
                    .filter(e -> codes(e.productCodes).contains(item.productCode))
                    .map(e -> e.code).toList();
            String filters = "product=" + item.productCode + ";region=" + item.regionCode;
            DrawRow enterpriseDraw = draw(item, "ENTERPRISE", filters, enterprisePool, item.batches, actor);
            int n = 0;
            for (String enterpriseCode : codes(enterpriseDraw.result)) {
                n++;
                // avoid declared conflicts of interest (回避) with the drawn enterprise
                List<String> inspectorPool = inspectors.stream()
                        .filter(i -> !codes(i.conflicts).contains(enterpriseCode))
                        .map(i -> i.code).toList();
                DrawRow inspectorDraw = draw(item, "INSPECTOR",
                        "authority=" + plan.authorityCode + ";excludeConflictsWith=" + enterpriseCode,
                        inspectorPool, SAMPLERS_PER_ENTERPRISE, actor);
                Map<String, InspectorRow> byCode = inspectors.stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
                List<String> drawnInspectors = codes(inspectorDraw.result);
                SpotCheckTaskRow task = new SpotCheckTaskRow();
                task.code = String.format("%s-%02d-%02d", plan.code, item.seq, n);
                task.planId = planId;
                task.planItemId = item.id;
                task.authorityCode = plan.authorityCode;
                task.regionCode = item.regionCode;
                task.productCode = item.productCode;
                task.ruleId = item.ruleId;
                task.labCode = item.labCode;
                task.enterpriseCode = enterpriseCode;
                task.inspectorCodes = String.join(",", drawnInspectors);
                task.samplerUsernames = drawnInspectors.stream().map(byCode::get)
                        .filter(i -> i.username != null).map(i -> i.username).collect(Collectors.joining(","));
                task.enterpriseDrawId = enterpriseDraw.id;
                task.inspectorDrawId = inspectorDraw.id;
                task.status = "CREATED";
                task.createdAt = now();
                tasks.insert(task);
                codes.add(task.code);
            }
        }
        transition(plan, PlanStatus.ISSUED, null, null);
        event(planId, "ISSUED", actor, codes.size() + " spot-check tasks");
        return codes;
    }

    @Override
    public void closePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        expectStatus(plan, PlanStatus.ISSUED);
        transition(plan, PlanStatus.CLOSED, null, null);
        event(planId, "CLOSED", actor, null);
    }

    // ---------------------------------------------------------------- spot-check tasks

    @Override
    @Transactional(readOnly = true)
    public SpotCheckTaskView getSpotCheckTask(Actor actor, String code) {
        SpotCheckTaskRow row = tasks.findByCode(code);
        if (row == null || !maySee(actor, row)) {
            throw new NotFoundException("spot-check task", code);
        }
        return taskView(row);
    }

    @Override
    public void updateSpotCheckTaskStatus(Actor actor, String code, String status) {
        if (tasks.updateStatus(code, status) != 1) {
            throw new NotFoundException("spot-check task", code);
        }
    }

    private boolean maySee(Actor actor, SpotCheckTaskRow row) {
        if (actor.isSystem()) {
            return true;
        }
        return switch (actor.orgType()) {
            case AUTHORITY -> actor.belongsTo(row.authorityCode) || codes(row.samplerUsernames).contains(actor.username());
            case LAB -> actor.belongsTo(row.labCode);
            case ENTERPRISE -> actor.belongsTo(row.enterpriseCode);
        };
    }

    // ---------------------------------------------------------------- rules and registers

    @Override
    @Transactional(readOnly = true)
    public RuleView getRule(long ruleId) {
        RuleRow rule = registers.findRule(ruleId);
        if (rule == null) {
            throw new NotFoundException("implementation rule", ruleId);
        }
        return ruleView(rule);
    }

    @Override
    @Transactional(readOnly = true)
    public RuleView activeRule(String productCode) {
        RuleRow rule = registers.findActiveRule(productCode);
        if (rule == null) {
            throw new NotFoundException("active implementation rule of", productCode);
        }
        return ruleView(rule);
    }

    @Override
    @Transactional(readOnly = true)
    public DrawView getDraw(long drawId) {
        DrawRow row = draws.find(drawId);
        if (row == null) {
            throw new NotFoundException("draw", drawId);
        }
        return new DrawView(row.id, row.planItemId, row.kind, row.algorithm, row.seed, row.filters, codes(row.pool),
                row.poolHash, row.drawCount, codes(row.result), row.reason, row.drawnBy, row.drawnAt);
    }

    @Override
    @Transactional(readOnly = true)
    public DrawVerification verifyDraw(long drawId) {
        DrawView draw = getDraw(drawId);
        String recomputedHash = RandomDraw.poolHash(RandomDraw.canonical(draw.pool()));
        boolean hashMatches = recomputedHash.equals(draw.poolHash());
        List<String> recomputed;
        try {
            recomputed = RandomDraw.ALGORITHM.equals(draw.algorithm())
                    ? RandomDraw.draw(draw.seed(), draw.pool(), draw.count()) : List.of();
        } catch (IllegalArgumentException e) {
            recomputed = List.of();
        }
        boolean resultMatches = recomputed.equals(draw.result());
        return new DrawVerification(draw.id(), draw.algorithm(), draw.seed(), draw.poolHash(), recomputedHash,
                hashMatches, draw.result(), recomputed, resultMatches, hashMatches && resultMatches);
    }

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
                .map(i -> new InspectorView(i.code, i.name, i.authorityCode, i.regionCode, i.username, i.qualifications))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicPlanView> publicPlans() {
        Map<String, String> authorityNames = registers.authorities().stream().collect(Collectors.toMap(a -> a.code, a -> a.name));
        Map<String, String> enterpriseNames = registers.enterprises().stream().collect(Collectors.toMap(e -> e.code, e -> e.name));
        List<PublicPlanView> result = new ArrayList<>();
        for (PlanRow plan : plans.listPublic()) {
            List<PublicPlanView.Item> items = new ArrayList<>();
            for (PlanItemRow item : plans.findItems(plan.id)) {
                DrawRow enterpriseDraw = draws.findByPlanItem(item.id).stream()
                        .filter(d -> d.kind.equals("ENTERPRISE")).reduce((a, b) -> b).orElse(null);
                List<String> drawn = enterpriseDraw == null ? List.of()
                        : codes(enterpriseDraw.result).stream().map(c -> enterpriseNames.getOrDefault(c, c)).toList();
                ProductRow product = registers.findProduct(item.productCode);
                LabRow lab = registers.findLab(item.labCode);
                items.add(new PublicPlanView.Item(product == null ? item.productCode : product.nameZh, item.regionCode,
                        lab == null ? item.labCode : lab.name, item.batches, drawn,
                        enterpriseDraw == null ? null : enterpriseDraw.id));
            }
            result.add(new PublicPlanView(plan.code, plan.title, plan.kind, plan.planYear,
                    authorityNames.getOrDefault(plan.authorityCode, plan.authorityCode), plan.status, items));
        }
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private DrawRow draw(PlanItemRow item, String kind, String filters, List<String> pool, int count, Actor actor) {
        List<String> canonical = RandomDraw.canonical(pool);
        if (canonical.size() < count) {
            throw new RuleViolationException("items[" + (item.seq - 1) + "]", "POOL_TOO_SMALL",
                    String.format("候选库不足：需要 %d，仅有 %d / pool too small for the %s draw: need %d, have %d",
                            count, canonical.size(), kind, count, canonical.size()));
        }
        DrawRow row = new DrawRow();
        row.planItemId = item.id;
        row.kind = kind;
        row.algorithm = RandomDraw.ALGORITHM;
        row.seed = RandomDraw.newSeed();
        row.filters = filters;
        row.pool = String.join(",", canonical);
        row.poolHash = RandomDraw.poolHash(canonical);
        row.drawCount = count;
        row.result = String.join(",", RandomDraw.draw(row.seed, canonical, count));
        row.drawnBy = actor.username();
        row.drawnAt = now();
        draws.insert(row);
        return row;
    }

    private PlanRow visiblePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null || !(actor.isSystem() || actor.belongsTo(plan.authorityCode))) {
            throw new NotFoundException("plan", planId);
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
        row.occurredAt = now();
        plans.insertEvent(row);
    }

    private static void require(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要角色 " + role + " / role " + role + " required");
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
        List<PlanView.Item> items = plans.findItems(plan.id).stream().map(i -> new PlanView.Item(i.id, i.seq, i.productCode,
                products.containsKey(i.productCode) ? products.get(i.productCode).nameZh : i.productCode, i.ruleId,
                i.regionCode, i.labCode, labs.containsKey(i.labCode) ? labs.get(i.labCode).name : i.labCode,
                i.batches, i.quarter, i.budget, PlanItemReason.valueOf(i.reason))).toList();
        List<PlanView.Event> events = plans.findEvents(plan.id).stream()
                .map(e -> new PlanView.Event(e.action, e.actor, e.comment, e.occurredAt)).toList();
        return new PlanView(plan.id, plan.code, plan.title, PlanKind.valueOf(plan.kind), plan.planYear, plan.authorityCode,
                plan.regionCode, plan.legalBasis, PlanStatus.valueOf(plan.status), plan.draftedBy, plan.reviewedBy,
                plan.approvedBy, plan.createdAt, plan.updatedAt, items, events);
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

    private RuleView ruleView(RuleRow rule) {
        ProductRow product = registers.findProduct(rule.productCode);
        List<RuleView.Item> items = registers.ruleItems(rule.id).stream().map(PlanningService::ruleItemView).toList();
        return new RuleView(rule.id, rule.productCode, product == null ? rule.productCode : product.nameZh, rule.version,
                rule.title, rule.status, rule.testPortion, rule.backupPortion, rule.unit, rule.samplingBase,
                rule.judgmentText, items);
    }

    private static RuleView.Item ruleItemView(RuleItemRow i) {
        return new RuleView.Item(i.code, i.nameZh, i.nameEn, i.standardClause, i.method, i.limitType, i.limitValue,
                i.limitMin, i.limitMax, i.limitText, i.unit, i.decimals, i.display, i.itemClass, Boolean.TRUE.equals(i.verified));
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
        return getDraw(row.id);
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
