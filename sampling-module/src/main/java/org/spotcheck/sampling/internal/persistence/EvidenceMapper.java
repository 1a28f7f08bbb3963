package org.spotcheck.sampling.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of smp_non_sampling, smp_attachment and smp_case_document. */
@Mapper
public interface EvidenceMapper {

    void insertNonSampling(NonSamplingRow row);

    NonSamplingRow nonSamplingOfTask(@Param("taskCode") String taskCode);

    void insertAttachment(AttachmentRow row);

    AttachmentRow findAttachment(@Param("id") long id);

    /** How many rows name this stored file (0 or 1: file_key is unique): the pending-upload sweep asks it. */
    int countAttachmentsWithKey(@Param("fileKey") String fileKey);

    List<AttachmentRow> attachmentsOfTask(@Param("taskCode") String taskCode);

    /** The files sealed into a sampling record. */
    List<AttachmentRow> attachmentsOfRecord(@Param("recordId") long recordId);

    /** Seals the pending files of a case (uploaded while its sampling step was open) into a record. */
    int bindPending(@Param("caseCode") String caseCode, @Param("recordId") long recordId);

    void insertCaseDocument(AttachmentRow row);

    /** The files added to a case after its sampling record was sealed, oldest first. */
    List<AttachmentRow> caseDocuments(@Param("caseCode") String caseCode);
}
