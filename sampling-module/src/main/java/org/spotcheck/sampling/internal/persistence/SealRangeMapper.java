package org.spotcheck.sampling.internal.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of smp_seal_range. */
@Mapper
public interface SealRangeMapper {

    /** Row of smp_seal_range. */
    class SealRangeRow {
        public Long id;
        public String authorityCode;
        public String samplerUsername;
        public String prefix;
        public long firstNumber;
        public long lastNumber;
        public int digits;
        public String issuedBy;
        public Instant issuedAt;
    }

    List<SealRangeRow> ofAuthority(@Param("authorityCode") String authorityCode);
}
