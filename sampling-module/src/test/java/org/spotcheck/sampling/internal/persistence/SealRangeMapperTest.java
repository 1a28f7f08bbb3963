package org.spotcheck.sampling.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spotcheck.sampling.internal.persistence.SealRangeMapper.SealRangeRow;
import org.spotcheck.shared.test.ModuleMapperTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The SQL of smp_seal_range and smp_seal_use (issue 19), on the module's own schema (H2, and MariaDB with -Pmysql). */
@ModuleMapperTest
class SealRangeMapperTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00.123Z");

    @Autowired
    SealRangeMapper ranges;

    @Autowired
    SamplingRecordMapper records;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    private static SealRangeRow range(String authority, String sampler, String prefix, long first, long last) {
        SealRangeRow row = new SealRangeRow();
        row.authorityCode = authority;
        row.samplerUsername = sampler;
        row.prefix = prefix;
        row.firstNumber = first;
        row.lastNumber = last;
        row.digits = 6;
        row.issuedBy = "planner";
        row.issuedAt = AT;
        return row;
    }

    @Test
    void aRangeReadsBackAsIssuedAndIsWithdrawnOnce() {
        SealRangeRow later = range("AUTH-M1", "s2", "MT-", 101, 200);
        SealRangeRow first = range("AUTH-M1", "s1", "MT-", 1, 100);
        ranges.insert(later);
        ranges.insert(first);
        ranges.insert(range("AUTH-M2", "s9", "MT-", 1, 100));
        assertThat(ranges.ofAuthority("AUTH-M1")).extracting(r -> r.firstNumber).containsExactly(1L, 101L);
        SealRangeRow read = ranges.find(first.id);
        assertThat(read.samplerUsername).isEqualTo("s1");
        assertThat(read.issuedAt).isEqualTo(AT);
        assertThat(read.withdrawnAt).isNull();

        assertThat(ranges.withdraw(first.id, "planner", AT.plusSeconds(60))).isOne();
        assertThat(ranges.withdraw(first.id, "planner", AT.plusSeconds(120))).isZero();
        SealRangeRow withdrawn = ranges.find(first.id);
        assertThat(withdrawn.withdrawnBy).isEqualTo("planner");
        assertThat(withdrawn.withdrawnAt).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void aSealIsUsedOncePerAuthority() {
        SamplingRecordRow record = SamplingRecordMapperTest.record("SC-SEAL-0001", 1, "AUTH-M1", AT);
        records.insert(record);
        ranges.insertUse("AUTH-M1", "MT-000001", record.id, "TEST", AT);
        assertThat(ranges.sampleUsingSeal("AUTH-M1", "MT-000001")).isEqualTo("YP-SC-SEAL-0001");
        assertThat(ranges.sampleUsingSeal("AUTH-M2", "MT-000001")).isNull();
        // the same number of another authority's series is another seal
        SamplingRecordRow other = SamplingRecordMapperTest.record("SC-SEAL-0002", 1, "AUTH-M2", AT);
        records.insert(other);
        ranges.insertUse("AUTH-M2", "MT-000001", other.id, "TEST", AT);
        assertThatThrownBy(() -> ranges.insertUse("AUTH-M1", "MT-000001", other.id, "BACKUP", AT))
                .isInstanceOf(DuplicateKeyException.class);
    }

    /**
     * Issue 14.2: both seals of a record are checked with one statement and marked with one multi-row statement; if
     * either is in use the statement marks neither.
     */
    @Test
    void bothSealsOfARecordAreCheckedAndMarkedInOneStatementAndAUsedOneMarksNeither() {
        SamplingRecordRow record = SamplingRecordMapperTest.record("SC-SEALS-0001", 1, "AUTH-M3", AT);
        records.insert(record);
        assertThat(ranges.samplesUsingSeals("AUTH-M3", java.util.List.of("MS-1", "MS-2"))).isEmpty();
        ranges.insertUses("AUTH-M3", record.id, java.util.List.of(new SealRangeMapper.SealUseRow("MS-1", "TEST"),
                new SealRangeMapper.SealUseRow("MS-2", "BACKUP")), AT);
        assertThat(ranges.samplesUsingSeals("AUTH-M3", java.util.List.of("MS-2", "MS-1", "MS-3")))
                .extracting(u -> u.sealNumber + "=" + u.sampleCode)
                .containsExactlyInAnyOrder("MS-1=YP-SC-SEALS-0001", "MS-2=YP-SC-SEALS-0001");
        assertThat(jdbc.queryForList("SELECT portion_kind FROM smp_seal_use WHERE authority_code = 'AUTH-M3' ORDER BY seal_number",
                String.class)).containsExactly("TEST", "BACKUP");

        SamplingRecordRow second = SamplingRecordMapperTest.record("SC-SEALS-0002", 1, "AUTH-M3", AT);
        records.insert(second);
        assertThatThrownBy(() -> ranges.insertUses("AUTH-M3", second.id, java.util.List.of(
                new SealRangeMapper.SealUseRow("MS-3", "TEST"), new SealRangeMapper.SealUseRow("MS-2", "BACKUP")), AT))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(ranges.sampleUsingSeal("AUTH-M3", "MS-3")).isNull(); // the free one was not marked either
    }

    /**
     * Two forms with the same seal saved at the same moment: the second transaction checks while the first has
     * marked the seal but not committed (a latch holds it there), so the check passes, and the unique key refuses the
     * second use. Whether the second insert waits for the first commit (InnoDB) or not, it never succeeds.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoFormsWithTheSameSealAtTheSameMomentTheUniqueKeyLetsOnlyOneThrough() throws Exception {
        String task = "SC-RACE-" + System.nanoTime();
        SamplingRecordRow a = SamplingRecordMapperTest.record(task, 1, "AUTH-RACE", AT);
        SamplingRecordRow b = SamplingRecordMapperTest.record(task, 2, "AUTH-RACE", AT);
        records.insert(a);
        records.insert(b);
        String seal = "RACE-" + System.nanoTime();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstMarked = new CountDownLatch(1);
        CountDownLatch secondChecked = new CountDownLatch(1);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
                ranges.insertUse("AUTH-RACE", seal, a.id, "TEST", AT);
                firstMarked.countDown();
                await(secondChecked); // commit only once the second has checked
            }));
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
                await(firstMarked);
                return tx.execute(s -> {
                    String seen = ranges.sampleUsingSeal("AUTH-RACE", seal); // READ COMMITTED: the first is not visible yet
                    secondChecked.countDown();
                    if (seen != null) {
                        return "seen " + seen;
                    }
                    try {
                        ranges.insertUse("AUTH-RACE", seal, b.id, "TEST", AT);
                        return "inserted";
                    } catch (DuplicateKeyException e) {
                        return "refused";
                    }
                });
            });
            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("refused");
            assertThat(ranges.sampleUsingSeal("AUTH-RACE", seal)).isEqualTo(a.sampleCode);
        } finally {
            jdbc.update("DELETE FROM smp_seal_use WHERE authority_code = 'AUTH-RACE'");
            jdbc.update("DELETE FROM smp_sampling_record WHERE task_code = ?", task);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
