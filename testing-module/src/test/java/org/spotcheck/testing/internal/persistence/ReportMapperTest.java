package org.spotcheck.testing.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.test.ModuleMapperTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The SQL of lab samples and reports on the module's own schema: the guarded updates above all. */
@ModuleMapperTest
class ReportMapperTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00.456Z");

    @Autowired
    LabSampleMapper samples;

    @Autowired
    ReportMapper reports;

    private LabSampleRow sample(String code) {
        // the row as registration builds it (LabSampleRows)
        LabSampleRow row = new LabSampleRow();
        row.sampleCode = "YP-" + code;
        row.sampleId = 1L;
        row.taskCode = code;
        row.labCode = "LAB1";
        row.labName = "某检测院";
        row.authorityCode = "AUTH1";
        row.enterpriseCode = "ENT1";
        row.enterpriseName = "某纸业有限公司";
        row.productCode = "TISSUE";
        row.productName = "纸巾纸";
        row.ruleId = 1L;
        row.ruleTitle = "纸巾纸实施细则";
        row.ruleVersion = "2026";
        row.testSealNumber = "T-1";
        row.retest = false;
        row.samplers = "s1,s2";
        row.status = "AWAITING_RECEIPT";
        row.registeredAt = AT;
        samples.insert(row);
        return samples.find(row.id);
    }

    private ReportRow draft(long labSampleId, int version, Long previous) {
        ReportRow row = new ReportRow();
        row.labSampleId = labSampleId;
        row.version = version;
        row.previousReportId = previous;
        row.conclusion = "NO_NONCONFORMITY_FOUND";
        row.failedItems = "";
        row.status = "DRAFT";
        row.draftedBy = "tester";
        row.draftedAt = AT;
        reports.insert(row);
        return reports.find(row.id);
    }

    @Test
    void aSampleIsReceivedOnceAndOnlyAtItsVersion() {
        LabSampleRow row = sample("SC-2026-0201");
        assertThat(samples.receive(row.id, row.rowVersion, "RECEIVED", "tester", AT, null)).isEqualTo(1);
        assertThat(samples.receive(row.id, row.rowVersion, "REJECTED", "tester", AT, "second")).isZero();
        LabSampleRow read = samples.find(row.id);
        assertThat(read.status).isEqualTo("RECEIVED");
        assertThat(read.receivedAt).isEqualTo(AT);
        assertThat(samples.updateStatus(row.id, "RECEIVED", "TESTED")).isEqualTo(1);
        assertThat(samples.updateStatus(row.id, "RECEIVED", "TESTED")).isZero();
    }

    /** Issue 14.2: the results of all items in one statement, each item its own values, nulls included. */
    @Test
    void theResultsOfSeveralItemsAreWrittenInOneStatementEachToItsOwnItem() {
        LabSampleRow row = sample("SC-2026-0202");
        java.util.List<TestItemRow> items = new java.util.ArrayList<>();
        for (int seq = 1; seq <= 3; seq++) {
            TestItemRow item = new TestItemRow();
            item.labSampleId = row.id;
            item.seq = seq;
            item.code = "I" + seq;
            item.nameZh = "项目" + seq;
            item.method = "GB/T 1";
            item.limitType = "MAX";
            item.limitValue = new java.math.BigDecimal("1.5");
            item.unit = "mg/kg";
            item.decimals = 2;
            item.itemClass = "A";
            items.add(item);
        }
        samples.insertItems(items);
        items = samples.items(row.id);
        items.get(0).measured = "1.234";
        items.get(0).rounded = new java.math.BigDecimal("1.23");
        items.get(0).computedVerdict = "PASS";
        items.get(0).verdict = "PASS";
        items.get(1).measured = "9";
        items.get(1).rounded = new java.math.BigDecimal("9.00");
        items.get(1).computedVerdict = "FAIL";
        items.get(1).verdict = "PASS";
        items.get(1).overrideReason = "复核后判定";
        items.get(2).measured = "ND";
        items.get(2).computedVerdict = "PASS";
        items.get(2).verdict = "PASS";
        samples.updateItemResults(items);
        assertThat(samples.items(row.id)).extracting(i -> i.code + "/" + i.measured + "/"
                + (i.rounded == null ? null : i.rounded.stripTrailingZeros().toPlainString()) + "/" + i.computedVerdict + "/"
                + i.verdict + "/" + i.overrideReason)
                .containsExactly("I1/1.234/1.23/PASS/PASS/null", "I2/9/9/FAIL/PASS/复核后判定", "I3/ND/null/PASS/PASS/null");
    }

    @Test
    void anUpdateNeedsTheStatusAndTheVersionItWasReadAtSoAConcurrentStepLoses() {
        ReportRow first = draft(sample("SC-2026-0202").id, 1, null);
        ReportRow second = reports.find(first.id);
        first.status = "REVIEWED";
        first.reviewedBy = "reviewer";
        assertThat(reports.update(first, "DRAFT")).isEqualTo(1);
        second.status = "RETURNED";
        assertThat(reports.update(second, "DRAFT")).isZero();
        assertThat(reports.find(first.id).status).isEqualTo("REVIEWED");
    }

    @Test
    void anIssuedReportIsNeverUpdatedAgain() {
        ReportRow row = draft(sample("SC-2026-0203").id, 1, null);
        row.status = "ISSUED";
        row.reportNo = "LAB1-2026-000001";
        row.issuedAt = AT;
        row.contentHash = "a".repeat(64);
        assertThat(reports.update(row, "DRAFT")).isEqualTo(1);
        ReportRow issued = reports.find(row.id);
        issued.conclusion = "NONCONFORMING";
        assertThat(reports.update(issued, "ISSUED")).isZero();
        assertThat(reports.findByNo("LAB1-2026-000001").conclusion).isEqualTo("NO_NONCONFORMITY_FOUND");
    }

    @Test
    void theCurrentVersionIsTheNewestAndAnIssuedCorrectionSupersedesItsPredecessor() {
        long sampleId = sample("SC-2026-0204").id;
        ReportRow v1 = draft(sampleId, 1, null);
        ReportRow v2 = draft(sampleId, 2, v1.id);
        assertThat(reports.current(sampleId).id).isEqualTo(v2.id);
        assertThat(reports.versions(sampleId)).extracting(r -> r.version).containsExactly(2, 1);
        assertThat(reports.issuedSuccessor(v1.id)).isNull(); // a draft correction does not supersede
        v2.status = "ISSUED";
        v2.reportNo = "LAB1-2026-000009-v2";
        assertThat(reports.update(v2, "DRAFT")).isEqualTo(1);
        assertThat(reports.issuedSuccessor(v1.id).id).isEqualTo(v2.id);
    }
}
