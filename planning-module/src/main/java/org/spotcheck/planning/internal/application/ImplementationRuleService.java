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

/** Implements {@link ImplementationRules}. */
@Service
@Transactional
class ImplementationRuleService extends PlanningSupport implements ImplementationRules {

    private final RuleService ruleService;

    ImplementationRuleService(PlanningMappers mappers, RuleService ruleService, Validator validator) {
        super(mappers, validator);
        this.ruleService = ruleService;
    }

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
        check(command);
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

    private RuleView ruleView(RuleRow rule, boolean withItems) {
        ProductRow product = registers.findProduct(rule.productCode);
        List<RuleView.Item> items = withItems ? registers.ruleItems(rule.id).stream().map(ImplementationRuleService::ruleItemView).toList() : List.of();
        return new RuleView(rule.id, rule.productCode, product == null ? rule.productCode : product.nameZh, rule.version,
                rule.title, rule.status, rule.testPortion, rule.backupPortion, rule.unit, rule.samplingBase,
                rule.judgmentText, rule.basedOnId, rule.publishedBy, rule.publishedAt, items, rule.samplingBaseEn,
                rule.judgmentTextEn);
    }

    private static RuleView.Item ruleItemView(RuleItemRow i) {
        return new RuleView.Item(i.code, i.nameZh, i.nameEn, i.standardClause, i.method, i.limitType, i.limitValue,
                i.limitMin, i.limitMax, i.limitText, i.unit, i.decimals, i.display, i.itemClass, Boolean.TRUE.equals(i.verified),
                i.detectionLimit, Boolean.TRUE.equals(i.ndRequired), i.valueZh, i.unitZh, i.standardClauseEn, i.methodEn, i.displayEn,
                i.unitEn);
    }
}
