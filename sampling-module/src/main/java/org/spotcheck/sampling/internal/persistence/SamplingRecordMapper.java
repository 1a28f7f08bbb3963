package org.spotcheck.sampling.internal.persistence;

import java.time.Instant;
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

    /** Records of the task that were not rejected at receipt. */
    int countOpenForTask(@Param("taskCode") String taskCode);

    List<SamplingRecordRow> sameProductSince(@Param("creditCode") String creditCode, @Param("trademark") String trademark,
            @Param("specification") String specification, @Param("productStandard") String productStandard,
            @Param("authorityCodes") List<String> authorityCodes, @Param("since") Instant since);

    SamplingRecordRow latestOfTask(@Param("taskCode") String taskCode);

    /** Records of a case number and of its re-inspections ({@code <case number>-F<round>}), oldest first. */
    List<SamplingRecordRow> ofCase(@Param("caseCode") String caseCode);

    int confirm(@Param("id") long id, @Param("method") String method, @Param("confirmedBy") String confirmedBy,
            @Param("confirmedAt") Instant confirmedAt, @Param("statement") String statement);

    int receipt(@Param("id") long id, @Param("status") String status, @Param("note") String note);

    /** Records visible to an organisation: its authority's, its lab's or its enterprise's. */
    List<SamplingRecordRow> listForOrganisation(@Param("orgCode") String orgCode);

    void insertCustody(CustodyEventRow row);

    /** Several custody events in one multi-row statement (their ids are not read back). */
    void insertCustodies(@Param("events") List<CustodyEventRow> events);

    List<CustodyEventRow> custody(@Param("recordId") long recordId);
}
