package org.spotcheck.sampling.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of smp_sampling_record and smp_custody_event. */
@Mapper
public interface SamplingRecordMapper {

    void insert(SamplingRecordRow row);

    SamplingRecordRow find(@Param("id") long id);

    SamplingRecordRow findByCode(@Param("sampleCode") String sampleCode);

    int countForTask(@Param("taskCode") String taskCode);

    /** Records visible to an organisation: its authority's, its lab's or its enterprise's. */
    List<SamplingRecordRow> listForOrganisation(@Param("orgCode") String orgCode);

    void insertCustody(CustodyEventRow row);

    List<CustodyEventRow> custody(@Param("recordId") long recordId);
}
