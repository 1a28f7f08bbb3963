package org.spotcheck.sampling.internal.application;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spotcheck.sampling.api.RecordSamplingCommand;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.SamplingForm;
import org.spotcheck.sampling.internal.persistence.CustodyEventRow;
import org.spotcheck.sampling.internal.persistence.SamplingRecordMapper;
import org.spotcheck.sampling.internal.persistence.SamplingRecordRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link SamplingApi}. */
@Service
@Transactional
class SamplingService implements SamplingApi {

    /** R1 (Order 133 art. 19(1); Order 18): at least two samplers on site. */
    static final int MIN_SAMPLERS = 2;

    private final SamplingRecordMapper records;
    private final Validator validator;

    SamplingService(SamplingRecordMapper records, Validator validator) {
        this.records = records;
        this.validator = validator;
    }

    @Override
    public SampleView recordSampling(Actor actor, RecordSamplingCommand command) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要抽样人员角色 / role SAMPLER required");
        }
        Validation.check(validator, command);
        SamplingForm form = command.form();
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> samplers = new LinkedHashSet<>();
        for (String s : form.samplers()) {
            samplers.add(s.strip());
        }
        if (samplers.size() < MIN_SAMPLERS) {
            violations.add(new FieldViolation("form.samplers", "MIN_TWO_SAMPLERS",
                    "抽样人员不得少于2名 / at least two different samplers must be recorded (R1)"));
        }
        for (String s : samplers) {
            if (!command.drawnSamplers().contains(s)) {
                violations.add(new FieldViolation("form.samplers", "SAMPLER_NOT_DRAWN",
                        "抽样人员 " + s + " 不是本任务随机抽取的人员 / " + s + " was not drawn for this task"));
            }
        }
        if (!samplers.contains(actor.username())) {
            violations.add(new FieldViolation("form.samplers", "RECORDER_NOT_PRESENT",
                    "填写人必须是在场抽样人员之一 / the person recording must be one of the samplers"));
        }
        // R29: quantities come from the implementation rule in force
        if (form.testQuantity() != null && form.testQuantity() < command.requiredTestQuantity()) {
            violations.add(new FieldViolation("form.testQuantity", "BELOW_RULE_QUANTITY",
                    "检验样品数量不得少于实施细则规定的 " + command.requiredTestQuantity() + " " + command.quantityUnit()
                            + " / the test portion must be at least " + command.requiredTestQuantity()));
        }
        if (form.backupQuantity() != null && form.backupQuantity() < command.requiredBackupQuantity()) {
            violations.add(new FieldViolation("form.backupQuantity", "BELOW_RULE_QUANTITY",
                    "备用样品数量不得少于实施细则规定的 " + command.requiredBackupQuantity() + " " + command.quantityUnit()
                            + " / the backup portion must be at least " + command.requiredBackupQuantity()));
        }
        if (form.testSealNumber().equalsIgnoreCase(form.backupSealNumber())) {
            violations.add(new FieldViolation("form.backupSealNumber", "DISTINCT_SEALS",
                    "检验样品和备用样品须分别封样 / test and backup portions need separate seals"));
        }
        if ((form.batchNumber() == null || form.batchNumber().isBlank()) && form.productionDate() == null) {
            violations.add(new FieldViolation("form.batchNumber", "BATCH_OR_DATE_REQUIRED",
                    "批号和生产日期至少填写一项 / give the batch number or the production date"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int attempt = records.countForTask(command.taskCode()) + 1;
        if (attempt > 1) {
            throw new ConflictException("ALREADY_SAMPLED", "该任务已有抽样记录 / this task already has a sampling record");
        }
        SamplingRecordRow row = new SamplingRecordRow();
        row.sampleCode = "YP-" + command.taskCode();
        row.taskCode = command.taskCode();
        row.attempt = attempt;
        row.authorityCode = command.authorityCode();
        row.labCode = command.labCode();
        row.enterpriseCode = command.enterpriseCode();
        row.enterpriseName = command.enterpriseName();
        row.enterpriseCreditCode = command.enterpriseCreditCode();
        row.enterpriseAddress = command.enterpriseAddress();
        row.productCode = command.productCode();
        row.ruleId = command.ruleId();
        row.outcome = "SAMPLED";
        row.channel = form.channel().name();
        row.productName = form.productName().strip();
        row.trademark = form.trademark().strip();
        row.specification = form.specification().strip();
        row.batchNumber = blankToNull(form.batchNumber());
        row.productionDate = form.productionDate();
        row.stockOnHand = form.stockOnHand().strip();
        row.testQuantity = form.testQuantity();
        row.backupQuantity = form.backupQuantity();
        row.quantityUnit = command.quantityUnit();
        row.requiredTestQuantity = command.requiredTestQuantity();
        row.requiredBackupQuantity = command.requiredBackupQuantity();
        row.testSealNumber = form.testSealNumber().strip();
        row.backupSealNumber = form.backupSealNumber().strip();
        row.backupLocation = form.backupLocation().name();
        row.unitPrice = form.unitPrice();
        row.amountPaid = form.amountPaid();
        row.samplers = String.join(",", samplers);
        row.status = "IN_TRANSIT";
        row.recordedBy = actor.username();
        row.recordedAt = now();
        records.insert(row);
        custody(row.id, "SEALED", "BOTH", actor, "封样 test " + row.testSealNumber + " / backup " + row.backupSealNumber);
        custody(row.id, "HANDED_OVER", "TEST", actor, "送往承检机构 " + row.labCode);
        return view(row);
    }

    @Override
    @Transactional(readOnly = true)
    public SampleView getSample(Actor actor, long sampleId) {
        return view(visible(actor, records.find(sampleId), sampleId));
    }

    @Override
    @Transactional(readOnly = true)
    public SampleView getSampleByCode(Actor actor, String sampleCode) {
        return view(visible(actor, records.findByCode(sampleCode), sampleCode));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SampleView> listSamples(Actor actor) {
        return records.listForOrganisation(actor.orgCode()).stream().filter(r -> maySee(actor, r)).map(this::view).toList();
    }

    @Override
    public void recordCustody(Actor actor, long sampleId, String eventType, String portion, String note) {
        SamplingRecordRow row = visible(actor, records.find(sampleId), sampleId);
        custody(row.id, eventType, portion, actor, note);
    }

    private SamplingRecordRow visible(Actor actor, SamplingRecordRow row, Object id) {
        if (row == null || !maySee(actor, row)) {
            throw new NotFoundException("sample", id);
        }
        return row;
    }

    private static boolean maySee(Actor actor, SamplingRecordRow row) {
        if (actor.isSystem()) {
            return true;
        }
        return switch (actor.orgType()) {
            case AUTHORITY -> actor.belongsTo(row.authorityCode);
            case LAB -> actor.belongsTo(row.labCode);
            case ENTERPRISE -> actor.belongsTo(row.enterpriseCode);
        };
    }

    private void custody(long recordId, String type, String portion, Actor actor, String note) {
        CustodyEventRow event = new CustodyEventRow();
        event.recordId = recordId;
        event.eventType = type;
        event.portionKind = portion;
        event.actor = actor.username();
        event.note = note;
        event.occurredAt = now();
        records.insertCustody(event);
    }

    private SampleView view(SamplingRecordRow r) {
        List<SampleView.CustodyEvent> custody = records.custody(r.id).stream()
                .map(e -> new SampleView.CustodyEvent(e.eventType, e.portionKind, e.actor, e.note, e.occurredAt)).toList();
        return new SampleView(r.id, r.sampleCode, r.taskCode, r.authorityCode, r.labCode, r.enterpriseCode,
                r.enterpriseName, r.enterpriseCreditCode, r.enterpriseAddress, r.productCode, r.ruleId, r.outcome,
                r.channel, r.productName, r.trademark, r.specification, r.batchNumber, r.productionDate, r.stockOnHand,
                r.testQuantity, r.backupQuantity, r.quantityUnit, r.testSealNumber, r.backupSealNumber,
                r.backupLocation, r.unitPrice, r.amountPaid, Arrays.asList(r.samplers.split(",")), r.status,
                r.recordedBy, r.recordedAt, custody);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
