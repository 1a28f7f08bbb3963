package org.spotcheck.sampling.internal.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of smp_seal_range (issued seal ranges) and smp_seal_use (each seal used once, issue 19). */
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
        public String withdrawnBy;
        public Instant withdrawnAt;
    }

    /** Every range of the authority, in force and withdrawn, by series and first number. */
    List<SealRangeRow> ofAuthority(@Param("authorityCode") String authorityCode);

    SealRangeRow find(@Param("id") long id);

    void insert(SealRangeRow row);

    /** @return 1, or 0 when the range was withdrawn already */
    int withdraw(@Param("id") long id, @Param("withdrawnBy") String withdrawnBy, @Param("withdrawnAt") Instant withdrawnAt);

    /** The sample code of the record that used the seal (its {@code SealRanges.key}), or null. */
    String sampleUsingSeal(@Param("authorityCode") String authorityCode, @Param("sealNumber") String sealNumber);

    /** A seal's use: its {@code SealRanges.key}, the portion it closes, and the sample code of the record that used it. */
    class SealUseRow {
        public String sealNumber;
        public String portion;
        public String sampleCode;

        public SealUseRow() {
        }

        public SealUseRow(String sealNumber, String portion) {
            this.sealNumber = sealNumber;
            this.portion = portion;
        }
    }

    /** The seals among these (their {@code SealRanges.key}) that a record used, with its sample code; one statement. */
    List<SealUseRow> samplesUsingSeals(@Param("authorityCode") String authorityCode, @Param("sealNumbers") List<String> sealNumbers);

    /**
     * Marks a record's seals as used, one row per portion ({@code uses}: seal key and portion), in one multi-row
     * statement; the unique key refuses a second use of any of them and then none is marked (DuplicateKeyException).
     */
    void insertUses(@Param("authorityCode") String authorityCode, @Param("recordId") long recordId,
            @Param("uses") List<SealUseRow> uses, @Param("usedAt") Instant usedAt);

    /** Marks a seal as used by a record; the unique key refuses a second use (DuplicateKeyException). */
    void insertUse(@Param("authorityCode") String authorityCode, @Param("sealNumber") String sealNumber,
            @Param("recordId") long recordId, @Param("portion") String portion, @Param("usedAt") Instant usedAt);

    /** Creates the authority's issue lock row if it has none (INSERT IGNORE: H2 in MySQL mode and MariaDB). */
    void ensureIssueLock(@Param("authorityCode") String authorityCode);

    /**
     * Takes the authority's issue lock row until the transaction ends, without waiting: another transaction holding it
     * makes this fail at once (a {@code ConcurrencyFailureException}: MariaDB 1205, H2 50200).
     */
    Long lockIssue(@Param("authorityCode") String authorityCode);

    /** Counts one more range issued under the lock. */
    int countIssue(@Param("authorityCode") String authorityCode);
}
