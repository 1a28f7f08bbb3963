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
import org.spotcheck.planning.internal.domain.AuthorityHierarchy;
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

/** Implements {@link Registers}: register views, entries and imports, lab conflicts of interest (R21). */
@Service
@Transactional
class RegistersService extends PlanningSupport implements Registers {

    private final RegisterService registerService;
    private final RegisterSearch search;

    RegistersService(PlanningMappers mappers, RegisterService registerService, Validator validator, RegisterSearch search) {
        super(mappers, validator);
        this.registerService = registerService;
        this.search = search;
    }

    @Override
    public org.spotcheck.shared.Paged<Map<String, String>> searchRegister(Actor actor, RegisterKind kind,
            org.spotcheck.planning.api.RegisterQuery query) {
        return search.search(actor, kind, query);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuthorityView> authorities() {
        return registers.authorities().stream().map(a -> new AuthorityView(a.code, a.name, a.regionCode, a.level, a.nameEn)).toList();
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
                codes(l.productCodes), l.capacity, l.nameEn)).toList();
    }

    /** One read; no transaction of its own (issue 14: the inbox names products on every page). */
    @Override
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public List<ProductView> products() {
        return registers.products().stream().map(RegistersService::productView).toList();
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

    @Override
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Map<String, String> enterpriseNames(java.util.Collection<String> codes) {
        Map<String, String> names = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        for (EnterpriseRow e : registers.enterpriseNames(codes)) {
            names.put(e.code, e.name);
        }
        return names;
    }

    @Override
    public LabConflictView declareLabConflict(Actor actor, DeclareLabConflictCommand command) {
        check(command);
        boolean ownLab = actor.isLab() && actor.belongsTo(command.labCode()) && actor.has(Role.LAB_APPROVER);
        if (!ownLab && !actor.has(Role.PLANNER)) {
            throw new AccessRefusedException("NOT_YOUR_LAB",
                    "only the lab's authorised signatory or a planner may declare its conflicts");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (registers.findLab(command.labCode()) == null) {
            violations.add(new FieldViolation("labCode", "UNKNOWN_LAB", "unknown lab: " + command.labCode(), List.of(command.labCode())));
        }
        if (registers.findEnterprise(command.enterpriseCode()) == null) {
            violations.add(new FieldViolation("enterpriseCode", "UNKNOWN_ENTERPRISE", "unknown enterprise: " + command.enterpriseCode(),
                    List.of(command.enterpriseCode())));
        }
        if (registers.findProduct(command.productCode()) == null) {
            violations.add(new FieldViolation("productCode", "UNKNOWN_PRODUCT", "not in the product catalogue: " + command.productCode(),
                    List.of(command.productCode())));
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

    private LabConflictView labConflictView(LabConflictRow row) {
        EnterpriseRow enterprise = registers.findEnterprise(row.enterpriseCode);
        return new LabConflictView(row.id, row.labCode, row.enterpriseCode, enterprise == null ? row.enterpriseCode : enterprise.name,
                row.productCode, row.reason, row.declaredBy, row.declaredAt);
    }

    private static ProductView productView(ProductRow p) {
        return new ProductView(p.code, p.nameZh, p.nameEn, p.categoryZh, p.industryZh, p.riskLevel, p.activeRuleId);
    }

    @Override
    @Transactional(readOnly = true)
    public String provincialAuthorityOf(String authorityCode) {
        return new AuthorityHierarchy(registers.authorities().stream()
                .map(a -> new AuthorityHierarchy.Authority(a.code, a.regionCode, a.level)).toList())
                .provinceAbove(authorityCode).orElse(authorityCode);
    }
}
