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
import org.spotcheck.planning.api.SamplingExemption;
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

/** Implements {@link SpotCheckTasks}. */
@Service
@Transactional
class SpotCheckTaskService extends PlanningSupport implements SpotCheckTasks {

    private final DrawService drawing;
    private final ApplicationEventPublisher events;

    SpotCheckTaskService(PlanningMappers mappers, DrawService drawing, Validator validator, ApplicationEventPublisher events) {
        super(mappers, validator);
        this.drawing = drawing;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public SpotCheckTaskView getSpotCheckTask(Actor actor, String code) {
        // issued in this completion, or read again when the sampling ends in it: one read (issue 14.2)
        SpotCheckTaskRow row = KeptRows.get(SpotCheckTaskRow.class, code, tasks::findByCode);
        if (row == null || !maySee(actor, row)) {
            throw row == null ? new NotFoundException("spot-check task", code) : new org.spotcheck.shared.OutOfScopeException("spot-check task", code);
        }
        return taskView(row);
    }

    @Override
    public void recordSamplingEnded(Actor actor, String code, boolean sampled) {
        SpotCheckTaskRow row = KeptRows.get(SpotCheckTaskRow.class, code, tasks::findByCode);
        if (row == null) {
            throw new NotFoundException("spot-check task", code);
        }
        if (!sampled) {
            tasks.updateStatus(code, "NOT_SAMPLED");
            row.status = "NOT_SAMPLED";
        } else if ("CREATED".equals(row.status)) {
            tasks.updateStatus(code, "SAMPLED");
            row.status = "SAMPLED";
        }
    }

    @Override
    public void recordCheckedProduct(Actor actor, CheckedProductCommand command) {
        check(command);
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
            KeptRows.forget(SpotCheckTaskRow.class, task.code);
        }
    }

    @Override
    public SpotCheckTaskView redrawInspectors(Actor actor, String taskCode, RedrawCommand command) {
        require(actor, Role.PLANNER);
        check(command);
        SpotCheckTaskRow task = org.spotcheck.shared.OutOfScopeException.inScope(tasks.findByCode(taskCode),
                t -> actor.belongsTo(t.authorityCode), "spot-check task", taskCode);
        if (!"CREATED".equals(task.status)) {
            throw new ConflictException("ALREADY_SAMPLED", "the sample was already taken; the team cannot be drawn again");
        }
        PlanRow plan = plans.findPlan(task.planId);
        PlanItemRow item = plans.findItem(task.planItemId);
        List<String> exclude = command.exclude() == null ? List.of() : command.exclude().stream().map(String::strip).toList();
        DrawRow draw = drawing.drawInspectors(plan, item, task.enterpriseCode, task.code, task.id, exclude,
                command.reason().strip(), task.inspectorDrawId, actor);
        String samplers = samplerUsernames(plan.authorityCode, codes(draw.result));
        // the sampling step goes to the new team before the task's row changes: the listener holds the step first, as
        // the step's completion does before it marks this row sampled (ADR 0004's one lock order; the other order let
        // the two wait for each other)
        events.publishEvent(new InspectorsRedrawn(task.code, codes(samplers), draw.id));
        KeptRows.forget(SpotCheckTaskRow.class, task.code);
        if (tasks.updateTeam(task.code, draw.result, samplers, draw.id) != 1) {
            throw new ConflictException("ALREADY_SAMPLED", "the sample was already taken");
        }
        event(plan.id, "INSPECTORS_REDRAWN", actor, task.code + "：" + command.reason().strip());
        return taskView(tasks.findByCode(task.code));
    }

    /**
     * Who may see a spot-check task, and with it the drawn enterprise (issue 12 point 2b, Order 18
     * art. 14: no advance notice). Before the case is sampled only the organising authority's
     * planners, reviewers and approvers (the draw's insiders) and the samplers drawn for it; the
     * authority's other people once it was sampled; the lab once the sample was sealed and handed
     * over to it; the enterprise once it was sampled.
     */
    private boolean maySee(Actor actor, SpotCheckTaskRow row) {
        if (actor.isSystem()) {
            return true;
        }
        return switch (actor.orgType()) {
            case AUTHORITY -> codes(row.samplerUsernames).contains(actor.username())
                    || actor.belongsTo(row.authorityCode) && (sampled(row) || drawInsider(actor));
            case LAB -> actor.belongsTo(row.labCode) && sampled(row);
            case ENTERPRISE -> actor.belongsTo(row.enterpriseCode) && sampled(row);
        };
    }

    /**
     * Issue 12 point 2 (Order 18 art. 14): before sampling, only the people who drew up and approved the
     * plan know the drawn enterprise; a sampler who was not drawn for the case learns it only once sampled.
     */
    private static boolean drawInsider(Actor actor) {
        return actor.has(Role.PLANNER) || actor.has(Role.PLAN_REVIEWER) || actor.has(Role.PLAN_APPROVER);
    }

    private SpotCheckTaskView taskView(SpotCheckTaskRow row) {
        PlanRow plan = KeptRows.get(PlanRow.class, row.planId, plans::findPlan); // issued in this completion, if it was
        EnterpriseRow enterprise = registers.findEnterprise(row.enterpriseCode);
        ProductRow product = registers.findProduct(row.productCode);
        LabRow lab = registers.findLab(row.labCode);
        return new SpotCheckTaskView(row.code, row.planId, plan.code, row.planItemId, row.authorityCode, row.regionCode,
                row.productCode, product == null ? row.productCode : product.nameZh, row.ruleId, row.labCode,
                lab == null ? row.labCode : lab.name, row.enterpriseCode, enterprise.name, enterprise.creditCode,
                enterprise.address, codes(row.inspectorCodes), codes(row.samplerUsernames), row.enterpriseDrawId,
                row.inspectorDrawId, row.status);
    }

    @Override
    @Transactional(readOnly = true)
    public SamplingExemption sixMonthExemption(String taskCode) {
        SpotCheckTaskRow task = tasks.findByCode(taskCode);
        if (task == null) {
            throw new NotFoundException("spot-check task", taskCode);
        }
        PlanItemRow item = plans.findItem(task.planItemId);
        if (item == null) {
            return null;
        }
        // Order 18 art. 8 para 3: follow-up checks of earlier failures and emergency checks are exempt
        return Boolean.TRUE.equals(item.emergency) ? SamplingExemption.EMERGENCY
                : PlanItemReason.FOLLOW_UP.name().equals(item.reason) ? SamplingExemption.FOLLOW_UP : null;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> superiorAuthorities(String taskCode) {
        SpotCheckTaskRow task = tasks.findByCode(taskCode);
        if (task == null) {
            throw new NotFoundException("spot-check task", taskCode);
        }
        // R3: the authorities above the organising one are those whose region contains its region
        List<AuthorityRow> all = registers.authorities();
        String region = all.stream().filter(a -> a.code.equals(task.authorityCode)).map(a -> a.regionCode)
                .findFirst().orElse(task.regionCode);
        return all.stream().filter(a -> !a.code.equals(task.authorityCode))
                .filter(a -> !a.regionCode.equals(region) && RegionCode.contains(a.regionCode, region))
                .map(a -> a.code).toList();
    }
}
