package org.spotcheck.disposal.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.spotcheck.disposal.internal.persistence.CaseSearchMapper.Criteria;
import org.spotcheck.shared.test.ModuleMapperTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The SQL of dsp_case, its items and events on the module's own schema: the guarded update and the paged search. */
@ModuleMapperTest
class DisposalCaseMapperTest {

    private static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

    @Autowired
    DisposalCaseMapper cases;

    @Autowired
    CaseSearchMapper search;

    private DisposalCaseRow open(String taskCode, String authority, String enterprise, String product, Instant openedAt) {
        DisposalCaseRow row = CaseRows.awaitingNotice(taskCode, authority, enterprise, product, openedAt);
        cases.insert(row);
        return cases.find(row.id);
    }

    private CaseItemRow item(long caseId, String code) {
        CaseItemRow row = CaseRows.failedItem(caseId, code);
        cases.insertItem(row);
        return row;
    }

    @Test
    void aCaseWithItsItemsAndEventsReadsBackAsWritten() {
        DisposalCaseRow read = open("SC-2026-0301", "AUTH1", "ENT1", "纸巾纸", AT);
        assertThat(read.openedAt).isEqualTo(AT);
        assertThat(read.rowVersion).isZero();
        assertThat(read.stopSale).isFalse();
        assertThat(read.enterpriseName).isEqualTo("ENT1 纸业有限公司");
        assertThat(cases.ofTask("SC-2026-0301")).extracting(c -> c.id).containsExactly(read.id);

        CaseItemRow second = item(read.id, "B2");
        item(read.id, "A1");
        second.disputed = true;
        second.retestVerdict = "PASS";
        second.finalVerdict = "PASS";
        cases.updateItem(second);
        assertThat(cases.items(read.id)).extracting(i -> i.code, i -> i.disputed, i -> i.finalVerdict)
                .containsExactly(tuple("B2", true, "PASS"),
                        tuple("A1", false, "FAIL"));

        for (String action : new String[] {"OPENED", "NOTICE_SENT"}) {
            cases.insertEvent(CaseRows.event(read.id, action, AT));
        }
        assertThat(cases.events(read.id)).extracting(e -> e.action).containsExactly("OPENED", "NOTICE_SENT");
    }

    @Test
    void theDatabaseRefusesAStatusOrConclusionNoCodeWrites() {
        // V4_1's CHECKs (issue 16), on H2 and on MariaDB alike
        DisposalCaseRow misspelt = CaseRows.awaitingNotice("SC-2026-0390", "AUTH1", "ENT1", "纸巾纸", AT);
        misspelt.conclusion = "NON_CONFORMING";
        assertThatThrownBy(() -> cases.insert(misspelt)).isInstanceOf(DataIntegrityViolationException.class);
        DisposalCaseRow unknown = CaseRows.awaitingNotice("SC-2026-0391", "AUTH1", "ENT1", "纸巾纸", AT);
        unknown.status = "ARCHIVED";
        assertThatThrownBy(() -> cases.insert(unknown)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(cases.ofTask("SC-2026-0390")).isEmpty();
        assertThat(cases.ofTask("SC-2026-0391")).isEmpty();
    }

    @Test
    void anUpdateNeedsTheStatusAndTheVersionItWasReadAtSoAConcurrentStepLoses() {
        DisposalCaseRow first = open("SC-2026-0302", "AUTH1", "ENT1", "纸巾纸", AT);
        DisposalCaseRow second = cases.find(first.id);
        first.status = "NOTIFIED";
        first.servedBy = "officer";
        first.servedAt = AT.plusSeconds(60);
        first.serviceMethod = "ONLINE";
        first.objectionDeadline = LocalDate.parse("2026-04-16");
        assertThat(cases.update(first, "AWAITING_NOTICE")).isEqualTo(1);
        second.status = "CLOSED";
        assertThat(cases.update(second, "AWAITING_NOTICE")).isZero();
        // the right version but the wrong status it came from: refused too
        DisposalCaseRow fresh = cases.find(first.id);
        fresh.status = "CLOSED";
        assertThat(cases.update(fresh, "AWAITING_NOTICE")).isZero();
        DisposalCaseRow read = cases.find(first.id);
        assertThat(read.status).isEqualTo("NOTIFIED");
        assertThat(read.rowVersion).isEqualTo(1);
        assertThat(read.servedAt).isEqualTo(AT.plusSeconds(60));
        assertThat(read.objectionDeadline).isEqualTo(LocalDate.parse("2026-04-16"));
    }

    @Test
    void theWindowsTakeCasesOpenedOrConcludedInHalfOpenIntervals() {
        DisposalCaseRow early = open("SC-2026-0303", "AUTH1", "ENT1", "纸巾纸", AT);
        DisposalCaseRow late = open("SC-2026-0304", "AUTH1", "ENT1", "纸巾纸", AT.plusSeconds(3600));
        item(early.id, "A1");
        item(late.id, "A1");
        late.status = "CONCLUSION_FINAL";
        late.finalConclusion = "NONCONFORMING";
        late.concludedAt = AT.plusSeconds(7200);
        assertThat(cases.update(late, "AWAITING_NOTICE")).isEqualTo(1);

        assertThat(cases.openedBetween(AT, AT.plusSeconds(3600))).extracting(c -> c.id).containsExactly(early.id);
        assertThat(cases.openedBetween(AT, AT.plusSeconds(3601))).extracting(c -> c.id).containsExactly(early.id, late.id);
        assertThat(cases.itemsOfCasesOpenedBetween(AT.plusSeconds(1), AT.plusSeconds(3601))).extracting(i -> i.caseId)
                .containsExactly(late.id);
        assertThat(cases.concludedBetween(AT, AT.plusSeconds(7200))).isEmpty();
        assertThat(cases.concludedBetween(AT.plusSeconds(7200), AT.plusSeconds(7201))).extracting(c -> c.id).containsExactly(late.id);
        assertThat(cases.itemsOfCasesConcludedBetween(AT, AT.plusSeconds(7201))).extracting(i -> i.caseId).containsExactly(late.id);
    }

    @Test
    void theSearchSeesTheCallersCasesFiltersAndPagesNewestFirst() {
        long[] ids = new long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = open("SC-2026-04" + i, "AUTH-S", i < 3 ? "ENT-S1" : "ENT-S2", i % 2 == 0 ? "纸巾纸" : "塑料购物袋",
                    AT.plusSeconds(86_400L * i)).id;
        }
        open("SC-2026-0499", "AUTH-OTHER", "ENT-OTHER", "纸巾纸", AT);
        DisposalCaseRow escalated = cases.find(ids[0]);
        escalated.status = "CLOSED";
        escalated.escalatedTo = "AUTH-PROVINCE";
        assertThat(cases.update(escalated, "AWAITING_NOTICE")).isEqualTo(1);

        Criteria all = criteria("AUTH-S", null, null, null, null, null);
        assertThat(search.count(all)).isEqualTo(5);
        assertThat(search.search(all, 2, 0)).extracting(c -> c.id).containsExactly(ids[4], ids[3]);
        assertThat(search.search(all, 2, 2)).extracting(c -> c.id).containsExactly(ids[2], ids[1]);
        assertThat(search.search(all, 2, 4)).extracting(c -> c.id).containsExactly(ids[0]);
        assertThat(search.search(all, 2, 6)).isEmpty();

        // the enterprise sees its own cases, the province the one escalated to it
        assertThat(search.search(criteria("ENT-S2", null, null, null, null, null), 10, 0)).extracting(c -> c.id)
                .containsExactly(ids[4], ids[3]);
        assertThat(search.search(criteria("AUTH-PROVINCE", null, null, null, null, null), 10, 0)).extracting(c -> c.id)
                .containsExactly(ids[0]);

        assertThat(search.count(criteria("AUTH-S", "%SC-2026-041%", null, null, null, null))).isEqualTo(1);
        assertThat(search.count(criteria("AUTH-S", "YP-SC-2026-042", null, null, null, null))).isEqualTo(1);
        assertThat(search.search(criteria("AUTH-S", null, "%ENT-S1%", "none", "%购物袋%", "none"), 10, 0))
                .extracting(c -> c.id).containsExactly(ids[1]);
        assertThat(search.count(new Criteria("AUTH-S", null, null, null, null, null, "3201%", "CLOSED", null, null)))
                .isEqualTo(1);
        // the days: from inclusive, to exclusive
        assertThat(search.search(new Criteria("AUTH-S", null, null, null, null, null, null, null, AT.plusSeconds(86_400),
                AT.plusSeconds(3 * 86_400)), 10, 0)).extracting(c -> c.id).containsExactly(ids[2], ids[1]);
    }

    private static Criteria criteria(String org, String number, String enterprise, String enterpriseCode, String product,
            String productCode) {
        return new Criteria(org, number, enterprise, enterpriseCode, product, productCode, null, null, null, null);
    }
}
