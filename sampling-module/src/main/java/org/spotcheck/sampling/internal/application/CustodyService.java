package org.spotcheck.sampling.internal.application;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spotcheck.sampling.api.ConfirmSamplingForm;
import org.spotcheck.sampling.api.Custody;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.internal.persistence.SamplingRecordMapper;
import org.spotcheck.sampling.internal.persistence.SamplingRecordRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.spotcheck.sampling.internal.domain.SamplingRecord;

/**
 * After sealing: the enterprise's confirmation of the form (once), the lab's finding at receipt (once,
 * while in transit) and the custody log. Each step loads the {@link SamplingRecord} aggregate, calls it
 * and saves what it allowed; the conditional update keeps a concurrent second step out (409).
 */
@Service
@Transactional
class CustodyService implements Custody {

    private final SamplingSupport support;
    private final Validator validator;

    CustodyService(SamplingSupport support, Validator validator) {
        this.support = support;
        this.validator = validator;
    }

    @Override
    public void confirmSampling(Actor actor, long sampleId, ConfirmSamplingForm form, boolean reauthenticated) {
        SamplingRecordRow row = support.visible(actor, support.records.find(sampleId), sampleId);
        Validation.check(validator, form);
        String statement;
        if (form.method() == ConfirmSamplingForm.Method.ONLINE) {
            if (!actor.isEnterprise() || !actor.belongsTo(row.enterpriseCode)) {
                throw new AccessRefusedException("ONLY_THE_ENTERPRISE", "only the sampled enterprise confirms online");
            }
            if (!reauthenticated) {
                throw InvalidInputException.of("password", "REAUTHENTICATION_FAILED", "the password is not correct");
            }
            if (!Boolean.TRUE.equals(form.acceptStatement())) {
                throw InvalidInputException.of("acceptStatement", "STATEMENT_NOT_ACCEPTED",
                        "read and accept the confirmation statement");
            }
            statement = ConfirmSamplingForm.STATEMENT;
        } else {
            if (!actor.has(Role.SAMPLER) || !load(row).sampledBy(actor.username())) {
                throw new AccessRefusedException("ONLY_A_SAMPLER", "a sampler present support.records the paper signature");
            }
            List<FieldViolation> violations = new ArrayList<>();
            SamplingSupport.requireText(violations, "signedByName", form.signedByName(), "who signed");
            if (form.signaturePhotoId() == null) {
                violations.add(new FieldViolation("signaturePhotoId", "SIGNATURE_PHOTO_REQUIRED",
                        "upload a photo of the signed paper form"));
            } else {
                support.checkAttachments(violations, "signaturePhotoId", List.of(form.signaturePhotoId()), row.taskCode, true);
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            statement = "纸质抽样单由 " + form.signedByName().strip() + " 签字确认（照片 #" + form.signaturePhotoId() + "）";
        }
        load(row).confirm(); // ALREADY_CONFIRMED; the conditional update below keeps a concurrent second confirmation out
        if (support.records.confirm(row.id, form.method().name(), actor.username(), SamplingSupport.now(), statement) != 1) {
            throw new ConflictException("ALREADY_CONFIRMED", "the sampling form is already confirmed");
        }
        // stored in Chinese with its message (the stored.custody.* texts of app's bundle) for the reader's language
        boolean online = form.method() == ConfirmSamplingForm.Method.ONLINE;
        support.custody(row.id, "CONFIRMED", null, actor.username(), online ? "企业在线确认" : statement, online
                ? StoredMessage.of("stored.custody.confirmedOnline")
                : StoredMessage.of("stored.custody.confirmedOnPaper", form.signedByName().strip(), form.signaturePhotoId()));
    }

    @Override
    public void recordReceipt(Actor actor, long sampleId, boolean accepted, String note, StoredMessage message) {
        SamplingRecordRow row = support.records.find(sampleId);
        if (row == null) {
            throw new NotFoundException("sample", sampleId);
        }
        SamplingRecord.Status status = load(row).receive(accepted); // NOT_IN_TRANSIT unless in transit
        if (support.records.receipt(row.id, status.name(), note) != 1) {
            throw new ConflictException("NOT_IN_TRANSIT", "the sample is not in transit");
        }
        support.custody(row.id, status.name(), "TEST", actor.username(), note, message);
    }

    @Override
    public void recordCustody(Actor actor, long sampleId, String eventType, String portion, String note, StoredMessage message) {
        SamplingRecordRow row = support.visible(actor, support.records.find(sampleId), sampleId);
        support.custody(row.id, eventType, portion, actor.username(), note, message);
    }

    /** Only the system writes for another person, who then stands in the log as the one who acted. */
    @Override
    public void recordCustodyFor(Actor actor, String recordedBy, long sampleId, String eventType, String portion, String note) {
        if (!actor.isSystem()) {
            throw new IllegalStateException("only the system support.records custody for another person");
        }
        SamplingRecordRow row = support.visible(actor, support.records.find(sampleId), sampleId);
        support.custody(row.id, eventType, portion, recordedBy, note, null);
    }

    private static SamplingRecord load(SamplingRecordRow row) {
        return SamplingRecord.of(SamplingRecord.Status.valueOf(row.status), row.confirmedAt != null,
                Arrays.asList(row.samplers.split(",")));
    }
}
