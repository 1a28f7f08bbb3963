package org.spotcheck.sampling.internal.application;

import org.spotcheck.shared.CaseNumber;
import java.util.List;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SampleReads;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.internal.persistence.EvidenceMapper;
import org.spotcheck.sampling.internal.persistence.NonSamplingRow;
import org.spotcheck.sampling.internal.persistence.SamplingRecordMapper;
import org.spotcheck.shared.tx.KeptRows;
import org.spotcheck.sampling.internal.persistence.SamplingRecordRow;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Reading sampling records and visits without a sample in the caller's scope, and the form as PDF. */
@Service
@Transactional(readOnly = true)
class SampleReadService implements SampleReads {

    private final SamplingSupport support;
    private final SamplingFormPdf formPdf;

    SampleReadService(SamplingSupport support, SamplingFormPdf formPdf) {
        this.support = support;
        this.formPdf = formPdf;
    }

    @Override
    public SampleView getSample(Actor actor, long sampleId) {
        // one read per transaction until the module writes (issue 14.2): the delegates of one completion ask for it in turn
        SamplingRecordRow row = support.visible(actor, KeptRows.get(SamplingRecordRow.class, sampleId, support.records::find), sampleId);
        return KeptRows.get(SampleView.class, sampleId, id -> support.view(row));
    }

    @Override
    public SampleView getSampleByCode(Actor actor, String sampleCode) {
        return support.view(support.visible(actor, support.records.findByCode(sampleCode), sampleCode));
    }

    @Override
    public SampleView latestSampleOfTask(Actor actor, String taskCode) {
        SamplingRecordRow row = support.records.latestOfTask(taskCode);
        return row == null || !SamplingSupport.maySee(actor, row) ? null : support.view(row);
    }

    @Override
    public NonSamplingView nonSamplingOfTask(Actor actor, String taskCode) {
        NonSamplingRow row = support.evidence.nonSamplingOfTask(taskCode);
        if (row == null) {
            return null;
        }
        return actor.inScope(row.authorityCode, null, row.enterpriseCode) ? support.nonSamplingView(row) : null;
    }

    @Override
    public List<SampleView> samplesOfCase(Actor actor, CaseNumber caseNumber) {
        return support.records.ofCase(caseNumber.value()).stream().filter(r -> SamplingSupport.maySee(actor, r)).map(support::view).toList();
    }

    @Override
    public List<SampleView> listSamples(Actor actor) {
        return support.records.listForOrganisation(actor.orgCode()).stream().filter(r -> SamplingSupport.maySee(actor, r)).map(support::view).toList();
    }

    @Override
    public byte[] samplingFormPdf(Actor actor, long sampleId) {
        return formPdf.render(getSample(actor, sampleId));
    }

    /** The public check of a form's QR code: its number and fingerprint must match a recorded sample. */
    @Override
    public org.spotcheck.sampling.api.SamplingFormVerification verifySamplingForm(String sampleCode, String fingerprint) {
        if (sampleCode == null || sampleCode.isBlank() || fingerprint == null || !fingerprint.strip().matches("[0-9a-fA-F]{64}")) {
            return org.spotcheck.sampling.api.SamplingFormVerification.none();
        }
        SamplingRecordRow row = support.records.findByCode(sampleCode.strip());
        if (row == null) {
            return org.spotcheck.sampling.api.SamplingFormVerification.none();
        }
        SampleView s = support.view(row);
        if (!java.security.MessageDigest.isEqual(SamplingFormPdf.fingerprint(s).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                fingerprint.strip().toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return org.spotcheck.sampling.api.SamplingFormVerification.none();
        }
        return new org.spotcheck.sampling.api.SamplingFormVerification(true, s.sampleCode(), s.taskCode(), s.authorityCode(), s.labCode(),
                s.productName(), s.enterpriseName(), s.recordedAt(), s.testSealNumber(), s.backupSealNumber(),
                s.productCode());
    }
}
