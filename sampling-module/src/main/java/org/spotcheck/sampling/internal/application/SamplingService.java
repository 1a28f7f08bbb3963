package org.spotcheck.sampling.internal.application;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.spotcheck.sampling.api.AttachmentContent;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.CaseDocumentView;
import org.spotcheck.sampling.api.ConfirmSamplingForm;
import org.spotcheck.sampling.api.NonSamplingForm;
import org.spotcheck.sampling.api.NonSamplingOutcome;
import org.spotcheck.sampling.api.NonSamplingReason;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.RecordNonSamplingCommand;
import org.spotcheck.sampling.api.RecordSamplingCommand;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.SamplingForm;
import org.spotcheck.sampling.api.StoreAttachmentCommand;
import org.spotcheck.sampling.internal.domain.SameProductWindow;
import org.spotcheck.sampling.internal.persistence.AttachmentRow;
import org.spotcheck.sampling.internal.persistence.CustodyEventRow;
import org.spotcheck.sampling.internal.persistence.EvidenceMapper;
import org.spotcheck.sampling.internal.persistence.NonSamplingRow;
import org.spotcheck.sampling.internal.persistence.SamplingRecordMapper;
import org.spotcheck.sampling.internal.persistence.SamplingRecordRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OutOfScopeException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Uploads;
import org.spotcheck.shared.Validation;
import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link SamplingApi}. */
@Service
@Transactional
class SamplingService implements SamplingApi {

    /** R1 (Order 133 art. 19(1); Order 18): at least two samplers on site. */
    static final int MIN_SAMPLERS = 2;
    /** Sampling dates are counted in China Standard Time. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Set<String> ATTACHMENT_KINDS = Set.of("PHOTO", "EVIDENCE", "SCREENSHOT", "RECEIPT", "UNPACKING", "SIGNATURE");

    private final SamplingRecordMapper records;
    private final EvidenceMapper evidence;
    private final AttachmentStore files;
    private final SamplingFormPdf formPdf;
    private final Validator validator;
    private final long maxUploadBytes;

    SamplingService(SamplingRecordMapper records, EvidenceMapper evidence, AttachmentStore files, SamplingFormPdf formPdf,
            Validator validator, @Value("${spotcheck.uploads.max-bytes:5242880}") long maxUploadBytes) {
        this.formPdf = formPdf;
        this.records = records;
        this.evidence = evidence;
        this.files = files;
        this.validator = validator;
        this.maxUploadBytes = maxUploadBytes;
    }

    // ---------------------------------------------------------------- sampling

    @Override
    public SampleView recordSampling(Actor actor, RecordSamplingCommand command) {
        requireSampler(actor);
        Validation.check(validator, command);
        SamplingForm form = command.form();
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> samplers = samplersOf(form.samplers(), command.drawnSamplers(), actor, violations);
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
        if (blank(form.batchNumber()) && form.productionDate() == null) {
            violations.add(new FieldViolation("form.batchNumber", "BATCH_OR_DATE_REQUIRED",
                    "批号和生产日期至少填写一项 / give the batch number or the production date"));
        }
        // R23: samples are bought (Order 18); re-inspection samples are supplied free (art. 49)
        if (command.freeSample() && form.amountPaid().signum() != 0) {
            violations.add(new FieldViolation("form.amountPaid", "FREE_SAMPLE",
                    "复查样品由企业无偿提供，支付金额应为0 / re-inspection samples are free: the amount paid must be 0"));
        }
        if (!command.freeSample() && form.amountPaid().signum() == 0) {
            violations.add(new FieldViolation("form.amountPaid", "SAMPLES_ARE_BOUGHT",
                    "监督抽查样品应购买，请填写支付金额 / spot-check samples are bought: enter the amount paid"));
        }
        if (form.channel() == SamplingForm.Channel.E_COMMERCE) {
            requireText(violations, "form.onlinePlatform", form.onlinePlatform(), "电商平台 / platform");
            requireText(violations, "form.onlineShop", form.onlineShop(), "网店名称 / shop");
            requireText(violations, "form.buyerAccount", form.buyerAccount(), "购买账号 / buyer account");
            requireText(violations, "form.orderNumber", form.orderNumber(), "订单号 / order number");
            // R30: for online sampling both portions stay at the lab
            if (form.backupLocation() != SamplingForm.BackupLocation.LAB) {
                violations.add(new FieldViolation("form.backupLocation", "ONLINE_BACKUP_AT_LAB",
                        "网络抽样的备用样品应存放于承检机构 / online samples: the backup portion stays at the lab (R30)"));
            }
            if (form.photoIds() == null || form.photoIds().isEmpty()) {
                violations.add(new FieldViolation("form.photoIds", "ONLINE_SCREENSHOTS_REQUIRED",
                        "网络抽样须上传购买截图及收货、拆封记录 / online sampling needs screenshots and the receipt and unpacking record"));
            }
        }
        checkAttachments(violations, "form.photoIds", form.photoIds(), command.taskCode());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (records.countOpenForTask(command.taskCode()) > 0 || evidence.nonSamplingOfTask(command.taskCode()) != null) {
            throw new ConflictException("ALREADY_SAMPLED", "该任务已有抽样记录 / this task already has a sampling record");
        }
        guardSameProduct(command, form);
        int attempt = records.countForTask(command.taskCode()) + 1;
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
        row.freeSample = command.freeSample();
        row.exemption = command.exemption() == null ? null : command.exemption().name();
        row.samplers = String.join(",", samplers);
        row.status = "IN_TRANSIT";
        row.recordedBy = actor.username();
        row.recordedAt = now();
        if (form.channel() == SamplingForm.Channel.E_COMMERCE) {
            row.onlinePlatform = form.onlinePlatform().strip();
            row.onlineShop = form.onlineShop().strip();
            row.buyerAccount = form.buyerAccount().strip();
            row.orderNumber = form.orderNumber().strip();
        }
        row.handoverMethod = blankToNull(form.handoverMethod());
        row.handoverTemperature = blankToNull(form.handoverTemperature());
        records.insert(row);
        // issue 12.7: sealing fixes the record's files: those its drawn samplers uploaded while the step was open
        evidence.bindPending(caseCodeOf(command.taskCode()), row.id);
        custody(row.id, "SEALED", "BOTH", actor, "封样 test " + row.testSealNumber + " / backup " + row.backupSealNumber);
        String handover = "送往承检机构 " + row.labCode
                + (row.handoverMethod == null ? "" : "，方式：" + row.handoverMethod)
                + (row.handoverTemperature == null ? "" : "，温度：" + row.handoverTemperature);
        custody(row.id, "HANDED_OVER", "LAB".equals(row.backupLocation) ? "BOTH" : "TEST", actor, handover);
        if ("ENTERPRISE".equals(row.backupLocation)) {
            custody(row.id, "BACKUP_KEPT", "BACKUP", actor, "备用样品封存于企业 " + row.enterpriseName);
        }
        return view(row);
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
        List<SamplingRecordRow> same = records.sameProductSince(command.enterpriseCreditCode(), form.trademark().strip(),
                form.specification().strip(), form.productStandard().strip(), List.of(command.authorityCode()), since);
        if (!same.isEmpty()) {
            throw new RuleViolationException("form.specification", "SAME_PRODUCT_WITHIN_6_MONTHS",
                    "本部门已于 " + same.get(0).recordedAt.atZone(CHINA).toLocalDate() + " 抽查同一产品（样品 " + same.get(0).sampleCode
                            + "），6个月内不得重复抽查（《产品质量监督抽查管理暂行办法》第八条） / the same product was sampled by this authority on "
                            + same.get(0).recordedAt.atZone(CHINA).toLocalDate() + "; Order 18 art. 8 forbids another check within 6 months");
        }
        if (!blank(form.upperLevelProof()) && !command.superiorAuthorityCodes().isEmpty()) {
            List<SamplingRecordRow> upper = records.sameProductSince(command.enterpriseCreditCode(), form.trademark().strip(),
                    form.specification().strip(), form.productStandard().strip(), command.superiorAuthorityCodes(), since);
            if (!upper.isEmpty()) {
                throw new RuleViolationException("form.upperLevelProof", "UPPER_LEVEL_WITHIN_6_MONTHS",
                        "上级部门已于 " + upper.get(0).recordedAt.atZone(CHINA).toLocalDate()
                                + " 抽查同一产品且企业已出示证明，6个月内不得重复抽查（第八条第二款） / an upper-level authority sampled the same product within 6 months and the enterprise proved it");
            }
        }
    }

    @Override
    public NonSamplingView recordNonSampling(Actor actor, RecordNonSamplingCommand command) {
        requireSampler(actor);
        Validation.check(validator, command);
        NonSamplingForm form = command.form();
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> samplers = samplersOf(form.samplers(), command.drawnSamplers(), actor, violations);
        if (form.reason().outcome() != form.outcome()) {
            violations.add(new FieldViolation("form.reason", "REASON_DOES_NOT_FIT_OUTCOME",
                    "原因与结果不符 / reason " + form.reason() + " does not belong to " + form.outcome()));
        }
        if (form.outcome() == NonSamplingOutcome.REFUSED) {
            requireText(violations, "form.refusedByName", form.refusedByName(), "拒检人 / who refused");
            // R18, domain.md §4.5: the samplers must have explained the legal consequences
            if (!Boolean.TRUE.equals(form.consequencesExplained())) {
                violations.add(new FieldViolation("form.consequencesExplained", "CONSEQUENCES_NOT_EXPLAINED",
                        "须告知拒检的法律后果（《产品质量法》第五十六条） / the legal consequences of refusing must be explained (Product Quality Law art. 56)"));
            }
        }
        checkAttachments(violations, "form.evidenceIds", form.evidenceIds(), command.taskCode());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (records.countOpenForTask(command.taskCode()) > 0 || evidence.nonSamplingOfTask(command.taskCode()) != null) {
            throw new ConflictException("ALREADY_RECORDED", "该任务已有抽样结果 / this task already has a sampling outcome");
        }
        NonSamplingRow row = new NonSamplingRow();
        row.taskCode = command.taskCode();
        row.authorityCode = command.authorityCode();
        row.enterpriseCode = command.enterpriseCode();
        row.enterpriseName = command.enterpriseName();
        row.outcome = form.outcome().name();
        row.reasonCode = form.reason().name();
        row.refusedByName = blankToNull(form.refusedByName());
        row.refusedByPosition = blankToNull(form.refusedByPosition());
        row.consequencesExplained = Boolean.TRUE.equals(form.consequencesExplained());
        row.note = form.note().strip();
        row.samplers = String.join(",", samplers);
        row.evidenceIds = form.evidenceIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        row.recordedBy = actor.username();
        row.recordedAt = now();
        evidence.insertNonSampling(row);
        return nonSamplingView(row);
    }

    @Override
    public SampleView confirmSampling(Actor actor, long sampleId, ConfirmSamplingForm form, boolean reauthenticated) {
        SamplingRecordRow row = visible(actor, records.find(sampleId), sampleId);
        Validation.check(validator, form);
        String statement;
        if (form.method() == ConfirmSamplingForm.Method.ONLINE) {
            if (!actor.isEnterprise() || !actor.belongsTo(row.enterpriseCode)) {
                throw new AccessRefusedException("ONLY_THE_ENTERPRISE", "只有被抽样企业可以在线确认 / only the sampled enterprise confirms online");
            }
            if (!reauthenticated) {
                throw InvalidInputException.of("password", "REAUTHENTICATION_FAILED", "密码不正确 / the password is not correct");
            }
            if (!Boolean.TRUE.equals(form.acceptStatement())) {
                throw InvalidInputException.of("acceptStatement", "STATEMENT_NOT_ACCEPTED",
                        "请阅读并同意确认声明 / read and accept the confirmation statement");
            }
            statement = ConfirmSamplingForm.STATEMENT;
        } else {
            if (!actor.has(Role.SAMPLER) || !Arrays.asList(row.samplers.split(",")).contains(actor.username())) {
                throw new AccessRefusedException("ONLY_A_SAMPLER", "纸质签字由在场抽样人员录入 / a sampler present records the paper signature");
            }
            List<FieldViolation> violations = new ArrayList<>();
            requireText(violations, "signedByName", form.signedByName(), "签字人 / who signed");
            if (form.signaturePhotoId() == null) {
                violations.add(new FieldViolation("signaturePhotoId", "SIGNATURE_PHOTO_REQUIRED",
                        "请上传企业签字的抽样单照片 / upload a photo of the signed paper form"));
            } else {
                checkAttachments(violations, "signaturePhotoId", List.of(form.signaturePhotoId()), row.taskCode, true);
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            statement = "纸质抽样单由 " + form.signedByName().strip() + " 签字确认（照片 #" + form.signaturePhotoId() + "）";
        }
        if (records.confirm(row.id, form.method().name(), actor.username(), now(), statement) != 1) {
            throw new ConflictException("ALREADY_CONFIRMED", "抽样单已确认 / the sampling form is already confirmed");
        }
        custody(row.id, "CONFIRMED", null, actor, form.method() == ConfirmSamplingForm.Method.ONLINE ? "企业在线确认" : statement);
        return view(records.find(row.id));
    }

    @Override
    public SampleView recordReceipt(Actor actor, long sampleId, boolean accepted, String note) {
        SamplingRecordRow row = records.find(sampleId);
        if (row == null) {
            throw new NotFoundException("sample", sampleId);
        }
        if (records.receipt(row.id, accepted ? "RECEIVED" : "REJECTED_AT_RECEIPT", note) != 1) {
            throw new ConflictException("NOT_IN_TRANSIT", "样品不在流转中 / the sample is not in transit");
        }
        custody(row.id, accepted ? "RECEIVED" : "REJECTED_AT_RECEIPT", "TEST", actor, note);
        return view(records.find(row.id));
    }

    // ---------------------------------------------------------------- reads

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
    public SampleView latestSampleOfTask(Actor actor, String taskCode) {
        SamplingRecordRow row = records.latestOfTask(taskCode);
        return row == null || !maySee(actor, row) ? null : view(row);
    }

    @Override
    @Transactional(readOnly = true)
    public NonSamplingView nonSamplingOfTask(Actor actor, String taskCode) {
        NonSamplingRow row = evidence.nonSamplingOfTask(taskCode);
        if (row == null) {
            return null;
        }
        return actor.inScope(row.authorityCode, null, row.enterpriseCode) ? nonSamplingView(row) : null;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SampleView> samplesOfCase(Actor actor, String caseCode) {
        return records.ofCase(caseCode).stream().filter(r -> maySee(actor, r)).map(this::view).toList();
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

    // ---------------------------------------------------------------- attachments

    @Override
    public AttachmentView storeAttachment(Actor actor, StoreAttachmentCommand command) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "只有抽样人员可以向抽样记录添加文件 / only samplers add to a sampling record");
        }
        AttachmentRow row = checkedUpload(actor, command);
        evidence.insertAttachment(row);
        files.write(row.fileKey, extension(row.contentType), command.content());
        return attachmentView(row);
    }

    @Override
    public AttachmentView storeCaseDocument(Actor actor, StoreAttachmentCommand command) {
        if (!actor.has(Role.SAMPLER) && !actor.isEnterprise()) {
            throw new AccessRefusedException("ROLE_REQUIRED", "只有抽样人员和被抽样企业可以上传 / only samplers and the sampled enterprise upload here");
        }
        AttachmentRow row = checkedUpload(actor, command);
        evidence.insertAttachment(row);
        row.uploaderOrgType = actor.orgType().name();
        row.uploaderOrgCode = actor.orgCode();
        evidence.insertCaseDocument(row);
        files.write(row.fileKey, extension(row.contentType), command.content());
        return attachmentView(row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseDocumentView> caseDocuments(Actor actor, String caseCode) {
        return evidence.caseDocuments(caseCode).stream().filter(a -> maySeeAttachment(actor, a))
                .map(a -> new CaseDocumentView(a.documentId, a.id, caseCode, a.kind, a.contentType, a.sizeBytes, a.sha256,
                        a.originalName, a.uploadedBy, a.uploaderOrgType, a.uploaderOrgCode, a.uploadedAt))
                .toList();
    }

    /** The same checks for every upload: scope, kind, size, plain name, type by the first bytes. */
    private AttachmentRow checkedUpload(Actor actor, StoreAttachmentCommand command) {
        if (actor.isEnterprise() && !actor.belongsTo(command.enterpriseCode())
                || actor.isAuthority() && !actor.belongsTo(command.authorityCode())
                || actor.isLab()) {
            // outside the case's scope: 404 like a missing case, audited as DENIED (issue 13.4)
            throw new OutOfScopeException("spot-check task", command.taskCode());
        }
        String kind = command.kind() == null ? "PHOTO" : command.kind().strip().toUpperCase();
        if (!ATTACHMENT_KINDS.contains(kind)) {
            throw InvalidInputException.of("kind", "UNKNOWN_KIND", "未知的附件类别 / unknown attachment kind: " + kind);
        }
        byte[] content = command.content();
        if (content != null && content.length > maxUploadBytes) {
            throw InvalidInputException.of("file", "FILE_TOO_LARGE", "文件超过 " + maxUploadBytes / (1024 * 1024)
                    + " MB / the file is larger than " + maxUploadBytes + " bytes");
        }
        String name = originalName(command.originalName());
        // the shared upload check: size, plain name, allowed type, magic bytes, no active content
        Uploads.FileType type = Uploads.check("file", name, content, EnumSet.allOf(Uploads.FileType.class));
        String contentType = contentType(type);
        String declared = command.declaredContentType() == null ? "" : command.declaredContentType().toLowerCase();
        if (!declared.isBlank() && !declared.startsWith(contentType) && !declared.equals("application/octet-stream")) {
            throw InvalidInputException.of("file", "CONTENT_TYPE_MISMATCH", "文件内容与声明的类型不符 / the file's content is "
                    + contentType + " but it was sent as " + declared);
        }
        AttachmentRow row = new AttachmentRow();
        row.fileKey = UUID.randomUUID().toString();
        row.taskCode = command.taskCode();
        row.authorityCode = command.authorityCode();
        row.enterpriseCode = command.enterpriseCode();
        row.labCode = command.labCode();
        row.kind = kind;
        row.contentType = contentType;
        row.sizeBytes = (long) content.length;
        row.sha256 = sha256(content);
        row.originalName = name;
        row.uploadedBy = actor.username();
        row.uploadedAt = now();
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent readAttachment(Actor actor, long attachmentId) {
        AttachmentRow row = evidence.findAttachment(attachmentId);
        if (row == null || !maySeeAttachment(actor, row)) {
            throw row == null ? new NotFoundException("attachment", attachmentId) : new org.spotcheck.shared.OutOfScopeException("attachment", attachmentId);
        }
        return new AttachmentContent(attachmentView(row), files.read(row.fileKey, extension(row.contentType)));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] samplingFormPdf(Actor actor, long sampleId) {
        return formPdf.render(getSample(actor, sampleId));
    }

    // ---------------------------------------------------------------- helpers

    private void checkAttachments(List<FieldViolation> violations, String field, List<Long> ids, String taskCode) {
        checkAttachments(violations, field, ids, taskCode, false);
    }

    /**
     * The files a form names must be of its case; a sampling form's files must still be pending (not
     * sealed into an earlier record, not a case document); a confirmation's signature photo is taken
     * after sealing, so it is a case document.
     */
    private void checkAttachments(List<FieldViolation> violations, String field, List<Long> ids, String taskCode,
            boolean caseDocument) {
        if (ids == null) {
            return;
        }
        for (Long id : ids) {
            AttachmentRow row = id == null ? null : evidence.findAttachment(id);
            // a re-inspection (<case>-F<n>) takes the photos and evidence uploaded to its case
            if (row == null || !row.taskCode.equals(caseCodeOf(taskCode))
                    || (caseDocument ? row.documentId == null && row.recordId != null : row.documentId != null || row.recordId != null)) {
                violations.add(new FieldViolation(field, "UNKNOWN_ATTACHMENT",
                        "附件 " + id + " 不属于本任务 / attachment " + id + " does not belong to this task"));
            }
        }
    }

    private Set<String> samplersOf(List<String> given, List<String> drawn, Actor actor, List<FieldViolation> violations) {
        Set<String> samplers = new LinkedHashSet<>();
        for (String s : given) {
            samplers.add(s.strip());
        }
        if (samplers.size() < MIN_SAMPLERS) {
            violations.add(new FieldViolation("form.samplers", "MIN_TWO_SAMPLERS",
                    "抽样人员不得少于2名 / at least two different samplers must be recorded (R1)"));
        }
        for (String s : samplers) {
            if (!drawn.contains(s)) {
                violations.add(new FieldViolation("form.samplers", "SAMPLER_NOT_DRAWN",
                        "抽样人员 " + s + " 不是本任务随机抽取的人员 / " + s + " was not drawn for this task"));
            }
        }
        if (!samplers.contains(actor.username())) {
            violations.add(new FieldViolation("form.samplers", "RECORDER_NOT_PRESENT",
                    "填写人必须是在场抽样人员之一 / the person recording must be one of the samplers"));
        }
        return samplers;
    }

    private static void requireSampler(Actor actor) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要抽样人员角色 / role SAMPLER required");
        }
    }

    private static void requireText(List<FieldViolation> violations, String field, String value, String label) {
        if (blank(value)) {
            violations.add(new FieldViolation(field, "REQUIRED", "请填写" + label + " / required"));
        }
    }

    private SamplingRecordRow visible(Actor actor, SamplingRecordRow row, Object id) {
        if (row == null || !maySee(actor, row)) {
            throw row == null ? new NotFoundException("sample", id) : new org.spotcheck.shared.OutOfScopeException("sample", id);
        }
        return row;
    }

    private static boolean maySee(Actor actor, SamplingRecordRow row) {
        return actor.inScope(row.authorityCode, row.labCode, row.enterpriseCode);
    }

    private static boolean maySeeAttachment(Actor actor, AttachmentRow row) {
        return actor.inScope(row.authorityCode, row.labCode, row.enterpriseCode);
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
        // issue 12.7: only the files sealed into this record, never a later addition
        List<AttachmentView> photos = evidence.attachmentsOfRecord(r.id).stream().map(SamplingService::attachmentView).toList();
        SampleView.Online online = r.onlinePlatform == null ? null
                : new SampleView.Online(r.onlinePlatform, r.onlineShop, r.buyerAccount, r.orderNumber);
        SampleView.Confirmation confirmation = r.confirmedAt == null ? null
                : new SampleView.Confirmation(r.confirmationMethod, r.confirmedBy, r.confirmedAt, r.confirmationStatement);
        return new SampleView(r.id, r.sampleCode, r.taskCode, r.attempt, r.authorityCode, r.labCode, r.enterpriseCode,
                r.enterpriseName, r.enterpriseCreditCode, r.enterpriseAddress, r.productCode, r.ruleId, r.outcome,
                r.channel, r.productName, r.trademark, r.specification, r.productStandard, r.batchNumber, r.productionDate,
                r.stockOnHand, r.testQuantity, r.backupQuantity, r.quantityUnit, r.testSealNumber, r.backupSealNumber,
                r.backupLocation, r.unitPrice, r.amountPaid == null ? BigDecimal.ZERO : r.amountPaid,
                Boolean.TRUE.equals(r.freeSample), r.exemption, online, r.handoverMethod, r.handoverTemperature,
                Arrays.asList(r.samplers.split(",")), r.status, r.recordedBy, r.recordedAt, confirmation, photos, custody);
    }

    private NonSamplingView nonSamplingView(NonSamplingRow r) {
        List<AttachmentView> files = r.evidenceIds == null
                ? evidence.attachmentsOfTask(r.taskCode).stream().map(SamplingService::attachmentView).toList()
                : Arrays.stream(r.evidenceIds.split(",")).filter(id -> !id.isBlank()).map(id -> evidence.findAttachment(Long.parseLong(id)))
                        .filter(java.util.Objects::nonNull).map(SamplingService::attachmentView).toList();
        return new NonSamplingView(r.id, r.taskCode, r.authorityCode, r.enterpriseCode, r.enterpriseName,
                NonSamplingOutcome.valueOf(r.outcome), NonSamplingReason.valueOf(r.reasonCode), r.refusedByName,
                r.refusedByPosition, Boolean.TRUE.equals(r.consequencesExplained), r.note, Arrays.asList(r.samplers.split(",")),
                files, r.recordedBy, r.recordedAt);
    }

    private static AttachmentView attachmentView(AttachmentRow a) {
        return new AttachmentView(a.id, a.taskCode, a.kind, a.contentType, a.sizeBytes, a.sha256, a.originalName,
                a.uploadedBy, a.uploadedAt);
    }

    private static String contentType(Uploads.FileType type) {
        return switch (type) {
            case PDF -> "application/pdf";
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
        };
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "pdf";
        };
    }

    /** The base name of what the browser sent: never a path (old browsers send the whole client path). */
    private static String originalName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A re-inspection's records ({@code <case>-F<n>}) take the files uploaded to their case. */
    static String caseCodeOf(String taskCode) {
        return taskCode.replaceFirst("-F\\d+$", "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

}
