package org.spotcheck.sampling.internal.application;

import org.spotcheck.shared.CaseNumber;
import java.util.List;
import org.spotcheck.sampling.api.AttachmentContent;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.CaseDocumentView;
import org.spotcheck.sampling.api.ConfirmSamplingForm;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.RecordNonSamplingCommand;
import org.spotcheck.sampling.api.RecordSamplingCommand;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.SealRangeView;
import org.spotcheck.sampling.api.StoreAttachmentCommand;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link SamplingApi} (18 methods, under the 20 a facade may have) by handing each call to
 * the service of its capability: sampling records, custody and confirmation, case files, reads. Every
 * call is one transaction.
 */
@Service
@Transactional
class SamplingService implements SamplingApi {

    private final SamplingRecordService records;
    private final CustodyService custody;
    private final CaseFileService files;
    private final SampleReadService reads;
    private final SealRangeService seals;

    SamplingService(SamplingRecordService records, CustodyService custody, CaseFileService files, SampleReadService reads,
            SealRangeService seals) {
        this.records = records;
        this.custody = custody;
        this.files = files;
        this.reads = reads;
        this.seals = seals;
    }

    @Override
    public SampleView recordSampling(Actor actor, RecordSamplingCommand command) {
        return records.recordSampling(actor, command);
    }

    @Override
    public SampleView recordReinspectionSampling(Actor actor, RecordSamplingCommand c) {
        // Order 18 art. 49: re-inspection samples are free; art. 8 para 3: a follow-up of a failure is exempt from the 6-month rule
        return records.recordSampling(actor, new RecordSamplingCommand(c.taskCode(), c.authorityCode(), c.labCode(),
                c.enterpriseCode(), c.enterpriseName(), c.enterpriseCreditCode(), c.enterpriseAddress(), c.productCode(),
                c.ruleId(), c.requiredTestQuantity(), c.requiredBackupQuantity(), c.quantityUnit(), c.drawnSamplers(),
                RecordSamplingCommand.Exemption.FOLLOW_UP, c.superiorAuthorityCodes(), true, c.form()));
    }

    @Override
    public NonSamplingView recordNonSampling(Actor actor, RecordNonSamplingCommand command) {
        return records.recordNonSampling(actor, command);
    }

    @Override
    public void confirmSampling(Actor actor, long sampleId, ConfirmSamplingForm form, boolean reauthenticated) {
        custody.confirmSampling(actor, sampleId, form, reauthenticated);
    }

    @Override
    public void recordReceipt(Actor actor, long sampleId, boolean accepted, String note) {
        custody.recordReceipt(actor, sampleId, accepted, note);
    }

    @Override
    public void recordCustody(Actor actor, long sampleId, String eventType, String portion, String note) {
        custody.recordCustody(actor, sampleId, eventType, portion, note);
    }

    @Override
    public void recordCustodyFor(Actor actor, String recordedBy, long sampleId, String eventType, String portion, String note) {
        custody.recordCustodyFor(actor, recordedBy, sampleId, eventType, portion, note);
    }

    @Override
    @Transactional(readOnly = true)
    public SampleView getSample(Actor actor, long sampleId) {
        return reads.getSample(actor, sampleId);
    }

    @Override
    @Transactional(readOnly = true)
    public SampleView getSampleByCode(Actor actor, String sampleCode) {
        return reads.getSampleByCode(actor, sampleCode);
    }

    @Override
    @Transactional(readOnly = true)
    public SampleView latestSampleOfTask(Actor actor, String taskCode) {
        return reads.latestSampleOfTask(actor, taskCode);
    }

    @Override
    @Transactional(readOnly = true)
    public NonSamplingView nonSamplingOfTask(Actor actor, String taskCode) {
        return reads.nonSamplingOfTask(actor, taskCode);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SampleView> samplesOfCase(Actor actor, CaseNumber caseNumber) {
        return reads.samplesOfCase(actor, caseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SampleView> listSamples(Actor actor) {
        return reads.listSamples(actor);
    }

    @Override
    public AttachmentView storeAttachment(Actor actor, StoreAttachmentCommand command) {
        return files.storeAttachment(actor, command);
    }

    @Override
    public AttachmentView storeCaseDocument(Actor actor, StoreAttachmentCommand command) {
        return files.storeCaseDocument(actor, command);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseDocumentView> caseDocuments(Actor actor, CaseNumber caseNumber) {
        return files.caseDocuments(actor, caseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent readAttachment(Actor actor, long attachmentId) {
        return files.readAttachment(actor, attachmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] samplingFormPdf(Actor actor, long sampleId) {
        return reads.samplingFormPdf(actor, sampleId);
    }

    @Override
    @Transactional(readOnly = true)
    public org.spotcheck.sampling.api.SamplingFormVerification verifySamplingForm(String sampleCode, String fingerprint) {
        return reads.verifySamplingForm(sampleCode, fingerprint);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SealRangeView> sealRanges(Actor actor) {
        return seals.sealRanges(actor);
    }

    @Override
    public boolean sealRangesRequired() {
        return seals.required();
    }
}
