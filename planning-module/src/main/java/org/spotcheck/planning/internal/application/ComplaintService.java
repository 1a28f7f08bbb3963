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
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Complaints}. */
@Service
@Transactional
class ComplaintService extends PlanningSupport implements Complaints {

    private final PlanDrafting drafting;

    ComplaintService(PlanningMappers mappers, PlanDrafting drafting, Validator validator) {
        super(mappers, validator);
        this.drafting = drafting;
    }

    @Override
    public ComplaintView recordComplaint(Actor actor, ComplaintCommand command) {
        require(actor, Role.PLANNER);
        check(command);
        AuthorityRow authority = authorityOf(actor);
        List<FieldViolation> violations = new ArrayList<>();
        if (registers.findProduct(command.productCode()) == null) {
            violations.add(new FieldViolation("productCode", "UNKNOWN_PRODUCT", "not in the product catalogue: " + command.productCode(),
                    List.of(String.valueOf(command.productCode()))));
        }
        String region = command.regionCode();
        if (command.enterpriseCode() != null && !command.enterpriseCode().isBlank()) {
            EnterpriseRow enterprise = registers.findEnterprise(command.enterpriseCode());
            if (enterprise == null) {
                violations.add(new FieldViolation("enterpriseCode", "UNKNOWN_ENTERPRISE", "not in the enterprise register: " + command.enterpriseCode(),
                        List.of(String.valueOf(command.enterpriseCode()))));
            } else if (region == null || region.isBlank()) {
                region = enterprise.regionCode;
            }
        }
        if (region == null || region.isBlank()) {
            violations.add(new FieldViolation("regionCode", "REQUIRED", "give the region or the enterprise"));
        } else if (!RegionCode.contains(authority.regionCode, region)) {
            violations.add(new FieldViolation("regionCode", "OUTSIDE_JURISDICTION", "outside the jurisdiction " + authority.regionCode));
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
        check(command);
        ComplaintRow complaint = org.spotcheck.shared.OutOfScopeException.inScope(complaints.find(complaintId),
                c -> actor.belongsTo(c.authorityCode), "complaint", complaintId);
        if (!"OPEN".equals(complaint.status)) {
            throw new ConflictException("PLAN_ALREADY_STARTED", "a special plan was already started from this complaint");
        }
        ProductRow product = registers.findProduct(complaint.productCode);
        String productName = product == null ? complaint.productCode : product.nameZh;
        DraftPlanCommand draft = new DraftPlanCommand(
                command.planYear() + "年" + productName + "专项监督抽查（投诉举报 #" + complaintId + "）",
                PlanKind.SPECIAL, command.planYear(),
                "《中华人民共和国产品质量法》第十五条；《产品质量监督抽查管理暂行办法》；投诉举报 #" + complaintId,
                List.of(new DraftPlanCommand.Item(complaint.productCode, complaint.regionCode, command.labCode(),
                        command.batches(), command.quarter(), command.budget(), PlanItemReason.COMPLAINTS)));
        PlanRow plan = drafting.insertDraft(actor, draft, "COMPLAINT", String.valueOf(complaintId));
        if (complaints.markPlanDrafted(complaintId, plan.id) != 1) {
            throw new ConflictException("PLAN_ALREADY_STARTED", "a special plan was already started from this complaint");
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
}
