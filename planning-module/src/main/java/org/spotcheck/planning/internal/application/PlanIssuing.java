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
import org.spotcheck.shared.CaseNumber;
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
import org.springframework.stereotype.Component;
import org.spotcheck.planning.internal.domain.Plan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing a filed plan (下达): the draws of every new item and one spot-check task per drawn enterprise. */
@Component
class PlanIssuing extends PlanningSupport {

    private final DrawService drawing;

    PlanIssuing(PlanningMappers mappers, DrawService drawing) {
        super(mappers);
        this.drawing = drawing;
    }

    public List<String> issuePlan(Actor actor, long planId) {
        PlanRow plan = KeptRows.get(PlanRow.class, planId, plans::findPlan); // filed in this completion
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        Plan state = plan(plan);
        state.issue(); // refused unless filed, before any draw is made
        for (PlanItemRow item : plans.findItems(planId)) {
            if (item.originItemId != null) {
                continue;
            }
            // R21: checked again before any draw, for conflicts declared after the plan was drafted; no draw is
            // made, so a refusal cannot be used to draw again until a convenient enterprise comes up
            List<String> conflicts = labConflictsInPool(item.labCode, item.productCode, item.regionCode);
            if (!conflicts.isEmpty()) {
                throw new RuleViolationException("items[" + (item.seq - 1) + "].labCode", "LAB_CONFLICT",
                        "plan item " + item.seq + ": " + labConflictMessage(item.labCode, item.productCode, conflicts),
                        labConflictArgs(item.labCode, item.productCode, conflicts, item.seq));
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
                    String taskCode = CaseNumber.drawn(plan.code, item.seq, n).value();
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
                    KeptRows.keep(SpotCheckTaskRow.class, task.code, task); // the spot-check's start reads it (issue 14.2)
                    codes.add(task.code);
                }
            }
        }
        if (plan.amendsId != null) {
            PlanRow previous = plans.findPlan(plan.amendsId);
            Plan previousState = plan(previous);
            previousState.supersede();
            save(previous, previousState, null, null);
            event(previous.id, "SUPERSEDED", actor, plan.code);
        }
        save(plan, state, null, null);
        // stored in Chinese, with its message for the reader's language (stored.plan.issued in app's bundle; issue 17)
        event(planId, "ISSUED", actor, "抽查任务 " + codes.size() + " 项", org.spotcheck.shared.StoredMessage.of("stored.plan.issued", codes.size()));
        return codes;
    }
}
