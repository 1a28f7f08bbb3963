package org.spotcheck.sampling.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.test.ModuleMapperTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The SQL of attachments, case documents and visits without a sample (issue 12.7: sealed files). */
@ModuleMapperTest
class EvidenceMapperTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    EvidenceMapper evidence;

    @Autowired
    SamplingRecordMapper records;

    private AttachmentRow upload(String caseCode) {
        AttachmentRow row = new AttachmentRow();
        row.fileKey = UUID.randomUUID().toString();
        row.taskCode = caseCode;
        row.authorityCode = "AUTH1";
        row.enterpriseCode = "ENT1";
        row.labCode = "LAB1";
        row.kind = "PHOTO";
        row.contentType = "image/png";
        row.sizeBytes = 10L;
        row.sha256 = "0".repeat(64);
        row.originalName = "现场.png";
        row.uploadedBy = "s1";
        row.uploadedAt = AT;
        evidence.insertAttachment(row);
        return row;
    }

    @Test
    void countsTheRowsThatNameAStoredFile() {
        AttachmentRow row = upload("SC-2026-0103");
        assertThat(evidence.countAttachmentsWithKey(row.fileKey)).isEqualTo(1);
        assertThat(evidence.countAttachmentsWithKey(UUID.randomUUID().toString())).isZero();
    }

    @Test
    void sealingBindsThePendingFilesOfTheCaseAndNothingLaterJoins() {
        AttachmentRow pending = upload("SC-2026-0101");
        AttachmentRow otherCase = upload("SC-2026-0102");
        SamplingRecordRow record = SamplingRecordMapperTest.record("SC-2026-0101", 1, "AUTH1", AT);
        records.insert(record);
        assertThat(evidence.bindPending("SC-2026-0101", record.id)).isEqualTo(1);
        assertThat(evidence.attachmentsOfRecord(record.id)).extracting(a -> a.id).containsExactly(pending.id);

        // a file added after sealing is a case document: a later sealing of the case does not take it
        AttachmentRow later = upload("SC-2026-0101");
        later.uploaderOrgType = "ENTERPRISE";
        later.uploaderOrgCode = "ENT1";
        evidence.insertCaseDocument(later);
        SamplingRecordRow reinspection = SamplingRecordMapperTest.record("SC-2026-0101", 2, "AUTH1", AT.plusSeconds(60));
        records.insert(reinspection);
        assertThat(evidence.bindPending("SC-2026-0101", reinspection.id)).isZero();
        assertThat(evidence.attachmentsOfRecord(record.id)).extracting(a -> a.id).containsExactly(pending.id);
        assertThat(evidence.caseDocuments("SC-2026-0101")).singleElement().satisfies(d -> {
            assertThat(d.id).isEqualTo(later.id);
            assertThat(d.documentId).isNotNull();
            assertThat(d.uploaderOrgType).isEqualTo("ENTERPRISE");
        });
        assertThat(evidence.findAttachment(otherCase.id).recordId).isNull();
    }

    @Test
    void aVisitWithoutASampleIsOnePerTask() {
        NonSamplingRow row = new NonSamplingRow();
        row.taskCode = "SC-2026-0103";
        row.authorityCode = "AUTH1";
        row.enterpriseCode = "ENT1";
        row.enterpriseName = "某纸业有限公司";
        row.outcome = "REFUSED";
        row.reasonCode = "REFUSED_ENTRY";
        row.refusedByName = "张三";
        row.consequencesExplained = true;
        row.note = "拒绝抽样";
        row.samplers = "s1,s2";
        row.evidenceIds = "1,2";
        row.recordedBy = "s1";
        row.recordedAt = AT;
        evidence.insertNonSampling(row);
        NonSamplingRow read = evidence.nonSamplingOfTask("SC-2026-0103");
        assertThat(read.outcome).isEqualTo("REFUSED");
        assertThat(read.evidenceIds).isEqualTo("1,2");
        assertThat(Boolean.TRUE.equals(read.consequencesExplained)).isTrue();
        assertThat(evidence.nonSamplingOfTask("SC-2026-0104")).isNull();
    }
}
