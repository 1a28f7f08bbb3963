package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The case list searched and paged in SQL (CaseSearchMapper.xml); the scope is the caller's organisation. */
@Mapper
public interface CaseSearchMapper {

    /** Criteria as SQL takes them: LIKE patterns already escaped, instants for the days. */
    record Criteria(String orgCode, String number, String enterprise, String enterpriseCode, String product, String productCode,
            String region, String status, Instant from, Instant to) {
    }

    List<DisposalCaseRow> search(@Param("c") Criteria criteria, @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("c") Criteria criteria);
}
