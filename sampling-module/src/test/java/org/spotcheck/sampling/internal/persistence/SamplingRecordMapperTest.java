package org.spotcheck.sampling.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.test.ModuleMapperTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The SQL of smp_sampling_record and smp_custody_event, on the module's own schema. */
@ModuleMapperTest
class SamplingRecordMapperTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00.123Z");

    @Autowired
    SamplingRecordMapper records;

    static SamplingRecordRow record(String taskCode, int attempt, String authority, Instant at) {
        SamplingRecordRow row = new SamplingRecordRow();
        row.sampleCode = "YP-" + taskCode + (attempt > 1 ? "-" + attempt : "");
        row.taskCode = taskCode;
        row.attempt = attempt;
        row.authorityCode = authority;
        row.labCode = "LAB1";
        row.enterpriseCode = "ENT1";
        row.enterpriseName = "某纸业有限公司";
        row.enterpriseCreditCode = "91330100MA2XXXXX0A";
        row.enterpriseAddress = "杭州市";
        row.productCode = "TISSUE";
        row.ruleId = 1L;
        row.outcome = "SAMPLED";
        row.channel = "PRODUCTION";
        row.productName = "纸巾纸";
        row.trademark = "清风";
        row.specification = "200抽";
        row.productStandard = "GB/T 20808";
        row.stockOnHand = "500包";
        row.testQuantity = 10;
        row.backupQuantity = 10;
        row.quantityUnit = "包";
        row.requiredTestQuantity = 10;
        row.requiredBackupQuantity = 10;
        row.testSealNumber = "T-" + taskCode + "-" + attempt;
        row.backupSealNumber = "B-" + taskCode + "-" + attempt;
        row.backupLocation = "ENTERPRISE";
        row.unitPrice = new BigDecimal("12.50");
        row.amountPaid = new BigDecimal("250.00");
        row.freeSample = false;
        row.samplers = "s1,s2";
        row.status = "IN_TRANSIT";
        row.recordedBy = "s1";
        row.recordedAt = at;
        return row;
    }

    @Test
    void aRecordReadsBackAsWrittenWithMillisecondTimes() {
        SamplingRecordRow row = record("SC-2026-0001", 1, "AUTH1", AT);
        records.insert(row);
        assertThat(row.id).isNotNull();
        SamplingRecordRow read = records.find(row.id);
        assertThat(read.sampleCode).isEqualTo("YP-SC-2026-0001");
        assertThat(read.recordedAt).isEqualTo(AT);
        assertThat(read.amountPaid).isEqualByComparingTo("250.00");
        assertThat(read.status).isEqualTo("IN_TRANSIT");
        assertThat(records.findByCode("YP-SC-2026-0001").id).isEqualTo(row.id);
    }

    @Test
    void theDatabaseRefusesValuesOutsideTheClosedSetsTheCodeWrites() {
        // V2_1's CHECKs (issue 16), on H2 and on MariaDB alike
        SamplingRecordRow offline = record("SC-2026-0090", 1, "AUTH1", AT);
        offline.channel = "OFFLINE";
        assertThatThrownBy(() -> records.insert(offline)).isInstanceOf(DataIntegrityViolationException.class);
        SamplingRecordRow zeroth = record("SC-2026-0091", 0, "AUTH1", AT);
        assertThatThrownBy(() -> records.insert(zeroth)).isInstanceOf(DataIntegrityViolationException.class);
        SamplingRecordRow refused = record("SC-2026-0092", 1, "AUTH1", AT);
        refused.outcome = "REFUSED"; // a visit without a sample is a smp_non_sampling row
        assertThatThrownBy(() -> records.insert(refused)).isInstanceOf(DataIntegrityViolationException.class);
        SamplingRecordRow sampled = record("SC-2026-0093", 1, "AUTH1", AT);
        records.insert(sampled);
        assertThatThrownBy(() -> records.receipt(sampled.id, "LOST", "no such status"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(records.find(sampled.id).status).isEqualTo("IN_TRANSIT");
    }

    @Test
    void receiptIsWrittenOnceAndOnlyWhileInTransit() {
        SamplingRecordRow row = record("SC-2026-0002", 1, "AUTH1", AT);
        records.insert(row);
        assertThat(records.receipt(row.id, "RECEIVED", "封条完好")).isEqualTo(1);
        assertThat(records.receipt(row.id, "REJECTED_AT_RECEIPT", "second finding")).isZero();
        assertThat(records.find(row.id).status).isEqualTo("RECEIVED");
    }

    @Test
    void confirmationIsWrittenOnce() {
        SamplingRecordRow row = record("SC-2026-0003", 1, "AUTH1", AT);
        records.insert(row);
        assertThat(records.confirm(row.id, "ONLINE", "ent1", AT, "确认")).isEqualTo(1);
        assertThat(records.confirm(row.id, "PAPER", "s1", AT.plusSeconds(5), "再次确认")).isZero();
        SamplingRecordRow read = records.find(row.id);
        assertThat(read.confirmationMethod).isEqualTo("ONLINE");
        assertThat(read.confirmedBy).isEqualTo("ent1");
    }

    @Test
    void aRecordRejectedAtReceiptNoLongerCountsAsOpenAndTheTaskIsSampledAgain() {
        SamplingRecordRow first = record("SC-2026-0004", 1, "AUTH1", AT);
        records.insert(first);
        assertThat(records.countOpenForTask("SC-2026-0004")).isEqualTo(1);
        records.receipt(first.id, "REJECTED_AT_RECEIPT", "封条破损");
        assertThat(records.countOpenForTask("SC-2026-0004")).isZero();
        assertThat(records.countForTask("SC-2026-0004")).isEqualTo(1);
        SamplingRecordRow second = record("SC-2026-0004", 2, "AUTH1", AT.plusSeconds(3600));
        records.insert(second);
        assertThat(records.latestOfTask("SC-2026-0004").id).isEqualTo(second.id);
    }

    @Test
    void theSameProductGuardFindsTheAuthoritysEarlierCheckOfTheSameProductKeyOnly() {
        records.insert(record("SC-2026-0005", 1, "AUTH1", AT));
        SamplingRecordRow rejected = record("SC-2026-0006", 1, "AUTH1", AT);
        records.insert(rejected);
        records.receipt(rejected.id, "REJECTED_AT_RECEIPT", "封条破损");
        Instant since = AT.minus(1, ChronoUnit.DAYS);
        List<SamplingRecordRow> same = records.sameProductSince("91330100MA2XXXXX0A", "清风", "200抽", "GB/T 20808",
                List.of("AUTH1"), since);
        assertThat(same).extracting(r -> r.taskCode).containsExactly("SC-2026-0005");
        assertThat(records.sameProductSince("91330100MA2XXXXX0A", "清风", "100抽", "GB/T 20808", List.of("AUTH1"), since)).isEmpty();
        assertThat(records.sameProductSince("91330100MA2XXXXX0A", "清风", "200抽", "GB/T 20808", List.of("AUTH2"), since)).isEmpty();
        assertThat(records.sameProductSince("91330100MA2XXXXX0A", "清风", "200抽", "GB/T 20808", List.of("AUTH1"),
                AT.plusSeconds(1))).isEmpty();
    }

    @Test
    void aCaseHasItsOwnRecordsAndThoseOfItsReinspectionsOldestFirst() {
        records.insert(record("SC-2026-0007", 1, "AUTH1", AT));
        records.insert(record("SC-2026-0007-F1", 1, "AUTH1", AT.plusSeconds(60)));
        records.insert(record("SC-2026-00070", 1, "AUTH1", AT.plusSeconds(120)));
        assertThat(records.ofCase("SC-2026-0007")).extracting(r -> r.taskCode)
                .containsExactly("SC-2026-0007", "SC-2026-0007-F1");
    }

    @Test
    void theCustodyLogKeepsItsOrder() {
        SamplingRecordRow row = record("SC-2026-0008", 1, "AUTH1", AT);
        records.insert(row);
        for (String type : List.of("SEALED", "HANDED_OVER", "RECEIVED")) {
            CustodyEventRow event = new CustodyEventRow();
            event.recordId = row.id;
            event.eventType = type;
            event.portionKind = "TEST";
            event.actor = "s1";
            event.occurredAt = AT;
            records.insertCustody(event);
        }
        assertThat(records.custody(row.id)).extracting(e -> e.eventType).containsExactly("SEALED", "HANDED_OVER", "RECEIVED");
    }

    /** Issue 14.2: the custody events of sealing go in one multi-row statement, and read back in the order given. */
    @Test
    void severalCustodyEventsInOneStatementKeepTheirOrder() {
        SamplingRecordRow row = record("SC-2026-0009", 1, "AUTH1", AT);
        records.insert(row);
        List<CustodyEventRow> events = new java.util.ArrayList<>();
        for (String type : List.of("SEALED", "HANDED_OVER", "BACKUP_KEPT")) {
            CustodyEventRow event = new CustodyEventRow();
            event.recordId = row.id;
            event.eventType = type;
            event.portionKind = type.equals("BACKUP_KEPT") ? "BACKUP" : "BOTH";
            event.actor = "s1";
            event.note = "note " + type;
            event.occurredAt = AT;
            events.add(event);
        }
        records.insertCustodies(events);
        assertThat(records.custody(row.id)).extracting(e -> e.eventType + "/" + e.portionKind + "/" + e.note + "/" + e.occurredAt)
                .containsExactly("SEALED/BOTH/note SEALED/" + AT, "HANDED_OVER/BOTH/note HANDED_OVER/" + AT,
                        "BACKUP_KEPT/BACKUP/note BACKUP_KEPT/" + AT);
    }
}
