package org.spotcheck.sampling.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of smp_non_sampling and smp_attachment. */
@Mapper
public interface EvidenceMapper {

    void insertNonSampling(NonSamplingRow row);

    NonSamplingRow nonSamplingOfTask(@Param("taskCode") String taskCode);

    void insertAttachment(AttachmentRow row);

    AttachmentRow findAttachment(@Param("id") long id);

    List<AttachmentRow> attachmentsOfTask(@Param("taskCode") String taskCode);
}
