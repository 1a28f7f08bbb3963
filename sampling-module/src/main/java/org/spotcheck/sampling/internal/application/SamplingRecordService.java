package org.spotcheck.sampling.internal.application;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spotcheck.sampling.api.NonSamplingForm;
import org.spotcheck.sampling.api.NonSamplingOutcome;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.RecordNonSamplingCommand;
import org.spotcheck.sampling.api.RecordSamplingCommand;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingRecords;
import org.spotcheck.sampling.api.SamplingForm;
import org.spotcheck.sampling.internal.domain.SameProductWindow;
import org.spotcheck.sampling.internal.persistence.CustodyEventRow;
import org.spotcheck.sampling.internal.persistence.EvidenceMapper;
import org.spotcheck.sampling.internal.persistence.NonSamplingRow;
import org.spotcheck.sampling.internal.persistence.SamplingRecordMapper;
import org.spotcheck.sampling.internal.persistence.SamplingRecordRow;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.spotcheck.sampling.internal.domain.SamplingRecord;
import org.spotcheck.sampling.internal.domain.SealRanges;

/**
 * Sampling records (抽样单): the sample taken and sealed on site (R1, R2, R3, R23, R29, R30) and the
 * visit without a sample (R10, R11, R18).
 */
@Service
@Transactional
class SamplingRecordService implements SamplingRecords {

    /** Sampling dates are counted in China Standard Time. */
    static final ZoneId CHINA = SamplingSupport.CHINA;

    private final SamplingSupport support;
    private final Validator validator;
    private final SealRangeService seals;

    SamplingRecordService(SamplingSupport support, Validator validator, SealRangeService seals) {
        this.support = support;
        this.validator = validator;
        this.seals = seals;
    }

    @Override
    public SampleView recordSampling(Actor actor, RecordSamplingCommand command) {
        SamplingSupport.requireSampler(actor);
        Validation.check(validator, command);
        SamplingForm form = command.form();
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> samplers = support.samplersOf(form.samplers(), command.drawnSamplers(), actor, violations);
        // R29: quantities come from the implementation rule in force
        if (form.testQuantity() != null && form.testQuantity() < command.requiredTestQuantity()) {
            violations.add(new FieldViolation("form.testQuantity", "BELOW_RULE_QUANTITY",
                    "the test portion must be at least " + command.requiredTestQuantity(),
                    List.of(String.valueOf(command.requiredTestQuantity()), command.quantityUnit())));
        }
        if (form.backupQuantity() != null && form.backupQuantity() < command.requiredBackupQuantity()) {
            violations.add(new FieldViolation("form.backupQuantity", "BELOW_RULE_QUANTITY",
                    "the backup portion must be at least " + command.requiredBackupQuantity(),
                    List.of(String.valueOf(command.requiredBackupQuantity()), command.quantityUnit())));
        }
        // issue 19: numbers of the authority's seal series must be issued to one of the samplers present
        seals.check(violations, "form.testSealNumber", form.testSealNumber(), command.authorityCode(), samplers);
        seals.check(violations, "form.backupSealNumber", form.backupSealNumber(), command.authorityCode(), samplers);
        if (SealRanges.key(form.testSealNumber()).equals(SealRanges.key(form.backupSealNumber()))) {
            violations.add(new FieldViolation("form.backupSealNumber", "DISTINCT_SEALS",
                    "test and backup portions need separate seals"));
        }
        if (SamplingSupport.blank(form.batchNumber()) && form.productionDate() == null) {
            violations.add(new FieldViolation("form.batchNumber", "BATCH_OR_DATE_REQUIRED",
                    "give the batch number or the production date"));
        }
        // R23: samples are bought (Order 18); re-inspection samples are supplied free (art. 49)
        if (command.freeSample() && form.amountPaid().signum() != 0) {
            violations.add(new FieldViolation("form.amountPaid", "FREE_SAMPLE",
                    "re-inspection samples are free: the amount paid must be 0"));
        }
        if (!command.freeSample() && form.amountPaid().signum() == 0) {
            violations.add(new FieldViolation("form.amountPaid", "SAMPLES_ARE_BOUGHT",
                    "spot-check samples are bought: enter the amount paid"));
        }
        if (form.channel() == SamplingForm.Channel.E_COMMERCE) {
            SamplingSupport.requireText(violations, "form.onlinePlatform", form.onlinePlatform(), "platform");
            SamplingSupport.requireText(violations, "form.onlineShop", form.onlineShop(), "shop");
            SamplingSupport.requireText(violations, "form.buyerAccount", form.buyerAccount(), "buyer account");
            SamplingSupport.requireText(violations, "form.orderNumber", form.orderNumber(), "order number");
            // R30: for online sampling both portions stay at the lab
            if (form.backupLocation() != SamplingForm.BackupLocation.LAB) {
                violations.add(new FieldViolation("form.backupLocation", "ONLINE_BACKUP_AT_LAB",
                        "online samples: the backup portion stays at the lab (R30)"));
            }
            if (form.photoIds() == null || form.photoIds().isEmpty()) {
                violations.add(new FieldViolation("form.photoIds", "ONLINE_SCREENSHOTS_REQUIRED",
                        "online sampling needs screenshots and the receipt and unpacking record"));
            }
        }
        support.checkAttachments(violations, "form.photoIds", form.photoIds(), command.taskCode());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (support.records.countOpenForTask(command.taskCode()) > 0 || support.evidence.nonSamplingOfTask(command.taskCode()) != null) {
            throw new ConflictException("ALREADY_SAMPLED", "this task already has a sampling record");
        }
        guardSameProduct(command, form);
        // issue 19: a seal is used once (DISTINCT_SEALS above keeps the two portions of this form apart)
        java.util.LinkedHashMap<String, String> sealsByField = new java.util.LinkedHashMap<>();
        sealsByField.put("form.testSealNumber", form.testSealNumber());
        sealsByField.put("form.backupSealNumber", form.backupSealNumber());
        seals.requireUnused(command.authorityCode(), sealsByField); // both seals in one statement (issue 14.2)
        int attempt = support.records.countForTask(command.taskCode()) + 1;
        SamplingRecordRow row = new SamplingRecordRow();
        row.sampleCode = "YP-" + command.taskCode() + (attempt > 1 ? "-" + attempt : "");
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
        row.productStandard = form.productStandard().strip();
        row.batchNumber = SamplingSupport.blankToNull(form.batchNumber());
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
        row.freeSample = command.freeSample();
        row.exemption = command.exemption() == null ? null : command.exemption().name();
        row.samplers = String.join(",", samplers);
        row.status = SamplingRecord.seal(List.copyOf(samplers)).status().name(); // sealed on site: in transit
        row.recordedBy = actor.username();
        row.recordedAt = SamplingSupport.now();
        if (form.channel() == SamplingForm.Channel.E_COMMERCE) {
            row.onlinePlatform = form.onlinePlatform().strip();
            row.onlineShop = form.onlineShop().strip();
            row.buyerAccount = form.buyerAccount().strip();
            row.orderNumber = form.orderNumber().strip();
        }
        row.handoverMethod = SamplingSupport.blankToNull(form.handoverMethod());
        row.handoverTemperature = SamplingSupport.blankToNull(form.handoverTemperature());
        support.records.insert(row);
        java.util.LinkedHashMap<String, String[]> uses = new java.util.LinkedHashMap<>();
        uses.put("form.testSealNumber", new String[] {row.testSealNumber, "TEST"});
        uses.put("form.backupSealNumber", new String[] {row.backupSealNumber, "BACKUP"});
        seals.markUsed(row.authorityCode, row.id, uses); // one multi-row INSERT (issue 14.2)
        // issue 12.7: sealing fixes the record's files: those its drawn samplers uploaded while the step was open
        support.evidence.bindPending(SamplingSupport.caseCodeOf(command.taskCode()), row.id);
        // the custody events of sealing in one multi-row INSERT (issue 14.2), in this order; each note stored in Chinese
        // with its message (the stored.custody.* texts of app's bundle), which pages read in their reader's language
        List<CustodyEventRow> custody = new java.util.ArrayList<>();
        custody.add(support.custodyEvent(row.id, "SEALED", "BOTH", actor.username(),
                "封样：检验样品 " + row.testSealNumber + "，备用样品 " + row.backupSealNumber,
                StoredMessage.of("stored.custody.sealed", row.testSealNumber, row.backupSealNumber)));
        String handover = "送往承检机构 " + row.labCode
                + (row.handoverMethod == null ? "" : "，方式：" + row.handoverMethod)
                + (row.handoverTemperature == null ? "" : "，温度：" + row.handoverTemperature);
        List<Object> handoverArgs = new java.util.ArrayList<>(List.of(StoredMessage.Arg.org(row.labCode, null)));
        java.util.stream.Stream.of(row.handoverMethod, row.handoverTemperature).filter(java.util.Objects::nonNull).forEach(handoverArgs::add);
        String handoverKey = "stored.custody.handedOver" + (row.handoverMethod == null ? "" : "Method")
                + (row.handoverTemperature == null ? "" : "Temperature");
        custody.add(support.custodyEvent(row.id, "HANDED_OVER", "LAB".equals(row.backupLocation) ? "BOTH" : "TEST",
                actor.username(), handover, StoredMessage.of(handoverKey, handoverArgs.toArray())));
        if ("ENTERPRISE".equals(row.backupLocation)) {
            custody.add(support.custodyEvent(row.id, "BACKUP_KEPT", "BACKUP", actor.username(), "备用样品封存于企业 " + row.enterpriseName,
                    StoredMessage.of("stored.custody.backupKept", row.enterpriseName)));
        }
        support.records.insertCustodies(custody);
        return support.view(row);
    }

    /**
     * R2: the same authority, the same product key, within 6 months: blocked unless the task is a
     * follow-up or emergency check. R3: an upper-level check within 6 months blocks when the
     * enterprise proves it at sampling time.
     */
    private void guardSameProduct(RecordSamplingCommand command, SamplingForm form) {
        if (command.exemption() != null) {
            return; // Order 18 art. 8 para 3
        }
        LocalDate today = LocalDate.now(CHINA);
        Instant since = SameProductWindow.blockingSince(today).atStartOfDay(CHINA).toInstant();
        List<SamplingRecordRow> same = support.records.sameProductSince(command.enterpriseCreditCode(), form.trademark().strip(),
                form.specification().strip(), form.productStandard().strip(), List.of(command.authorityCode()), since);
        if (!same.isEmpty()) {
            throw new RuleViolationException("form.specification", "SAME_PRODUCT_WITHIN_6_MONTHS",
                    "the same product was sampled by this authority on " + same.get(0).recordedAt.atZone(CHINA).toLocalDate()
                            + "; Order 18 art. 8 forbids another check within 6 months",
                    same.get(0).recordedAt.atZone(CHINA).toLocalDate().toString(), same.get(0).sampleCode);
        }
        if (!SamplingSupport.blank(form.upperLevelProof()) && !command.superiorAuthorityCodes().isEmpty()) {
            List<SamplingRecordRow> upper = support.records.sameProductSince(command.enterpriseCreditCode(), form.trademark().strip(),
                    form.specification().strip(), form.productStandard().strip(), command.superiorAuthorityCodes(), since);
            if (!upper.isEmpty()) {
                throw new RuleViolationException("form.upperLevelProof", "UPPER_LEVEL_WITHIN_6_MONTHS",
                        "an upper-level authority sampled the same product within 6 months and the enterprise proved it",
                        upper.get(0).recordedAt.atZone(CHINA).toLocalDate().toString());
            }
        }
    }

    @Override
    public SampleView recordReinspectionSampling(Actor actor, RecordSamplingCommand c) {
        // Order 18 art. 49: re-inspection samples are free; art. 8 para 3: a follow-up of a failure is exempt from the 6-month rule
        return recordSampling(actor, new RecordSamplingCommand(c.taskCode(), c.authorityCode(), c.labCode(),
                c.enterpriseCode(), c.enterpriseName(), c.enterpriseCreditCode(), c.enterpriseAddress(), c.productCode(),
                c.ruleId(), c.requiredTestQuantity(), c.requiredBackupQuantity(), c.quantityUnit(), c.drawnSamplers(),
                RecordSamplingCommand.Exemption.FOLLOW_UP, c.superiorAuthorityCodes(), true, c.form()));
    }

    @Override
    public NonSamplingView recordNonSampling(Actor actor, RecordNonSamplingCommand command) {
        SamplingSupport.requireSampler(actor);
        Validation.check(validator, command);
        NonSamplingForm form = command.form();
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> samplers = support.samplersOf(form.samplers(), command.drawnSamplers(), actor, violations);
        if (form.reason().outcome() != form.outcome()) {
            violations.add(new FieldViolation("form.reason", "REASON_DOES_NOT_FIT_OUTCOME",
                    "reason " + form.reason() + " does not belong to " + form.outcome(), List.of()));
        }
        if (form.outcome() == NonSamplingOutcome.REFUSED) {
            SamplingSupport.requireText(violations, "form.refusedByName", form.refusedByName(), "who refused");
            // R18, domain.md §4.5: the samplers must have explained the legal consequences
            if (!Boolean.TRUE.equals(form.consequencesExplained())) {
                violations.add(new FieldViolation("form.consequencesExplained", "CONSEQUENCES_NOT_EXPLAINED",
                        "the legal consequences of refusing must be explained (Product Quality Law art. 56)"));
            }
        }
        support.checkAttachments(violations, "form.evidenceIds", form.evidenceIds(), command.taskCode());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (support.records.countOpenForTask(command.taskCode()) > 0 || support.evidence.nonSamplingOfTask(command.taskCode()) != null) {
            throw new ConflictException("ALREADY_RECORDED", "this task already has a sampling outcome");
        }
        NonSamplingRow row = new NonSamplingRow();
        row.taskCode = command.taskCode();
        row.authorityCode = command.authorityCode();
        row.enterpriseCode = command.enterpriseCode();
        row.enterpriseName = command.enterpriseName();
        row.outcome = form.outcome().name();
        row.reasonCode = form.reason().name();
        row.refusedByName = SamplingSupport.blankToNull(form.refusedByName());
        row.refusedByPosition = SamplingSupport.blankToNull(form.refusedByPosition());
        row.consequencesExplained = Boolean.TRUE.equals(form.consequencesExplained());
        row.note = form.note().strip();
        row.samplers = String.join(",", samplers);
        row.evidenceIds = form.evidenceIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        row.recordedBy = actor.username();
        row.recordedAt = SamplingSupport.now();
        support.evidence.insertNonSampling(row);
        return support.nonSamplingView(row);
    }
}
