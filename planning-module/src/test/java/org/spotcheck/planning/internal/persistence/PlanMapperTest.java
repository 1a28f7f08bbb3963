package org.spotcheck.planning.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spotcheck.planning.internal.persistence.PlanMapper.SearchCriteria;
import org.spotcheck.shared.test.ModuleMapperTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The SQL of pln_plan, its items and events on the module's own schema: the guarded updates and the paged search. */
@ModuleMapperTest
class PlanMapperTest {

    private static final Instant AT = PlanRows.AT;

    @Autowired
    PlanMapper plans;

    @Autowired
    RegisterMapper registers;

    private PlanRow plan(String code, String authority, int year, String status) {
        PlanRow row = PlanRows.plan(code, authority, year, status);
        plans.insertPlan(row);
        return plans.findPlan(row.id);
    }

    private PlanItemRow item(long planId, int seq, String productCode, String region) {
        PlanItemRow row = PlanRows.item(planId, seq, productCode, region);
        plans.insertItem(row);
        return row;
    }

    private static SearchCriteria scope(String authority) {
        return new SearchCriteria(authority, null, null, null, null, null, null);
    }

    @Test
    void aPlanWithItsItemsAndEventsReadsBackAsWritten() {
        PlanRow read = plan("PLN-T-0001", "AUTH-T1", 2026, "DRAFT");
        assertThat(read.title).isEqualTo("纸巾纸专项抽查 PLN-T-0001");
        assertThat(read.createdAt).isEqualTo(AT);
        assertThat(read.rowVersion).isZero();
        assertThat(read.sectionReview).isTrue();
        assertThat(read.approvalLevels).isEqualTo(1);
        plans.updateCode(read.id, "PLN-T-0001A");
        assertThat(plans.findPlan(read.id).code).isEqualTo("PLN-T-0001A");

        PlanItemRow second = item(read.id, 2, "BAG", "320102");
        item(read.id, 1, "TISSUE", "320101");
        assertThat(plans.findItems(read.id)).extracting(i -> i.seq).containsExactly(1, 2);
        PlanItemRow found = plans.findItem(second.id);
        assertThat(found.budget).isEqualByComparingTo("1200.50");
        assertThat(found.emergency).isFalse();
        assertThat(found.drawItemId()).isEqualTo(second.id);
        plans.deleteItems(read.id);
        assertThat(plans.findItems(read.id)).isEmpty();

        for (String action : new String[] {"SUBMIT", "RETURN"}) {
            plans.insertEvent(PlanRows.event(read.id, action));
        }
        assertThat(plans.findEvents(read.id)).extracting(e -> e.action).containsExactly("SUBMIT", "RETURN");
    }

    @Test
    void aTransitionNeedsTheStatusAndTheVersionItWasReadAtSoAConcurrentStepLoses() {
        PlanRow row = plan("PLN-T-0002", "AUTH-T1", 2026, "DRAFT");
        assertThat(plans.transition(row.id, "DRAFT", row.rowVersion, "SUBMITTED", null, null, AT.plusSeconds(1))).isEqualTo(1);
        // the same step a second time, at the version both read: refused
        assertThat(plans.transition(row.id, "DRAFT", row.rowVersion, "WITHDRAWN", null, null, AT.plusSeconds(2))).isZero();
        // the right status but a stale version: refused
        assertThat(plans.transition(row.id, "SUBMITTED", row.rowVersion, "REVIEWED", "reviewer", null, AT)).isZero();
        assertThat(plans.transition(row.id, "SUBMITTED", row.rowVersion + 1, "REVIEWED", "reviewer", null, AT.plusSeconds(3)))
                .isEqualTo(1);
        PlanRow read = plans.findPlan(row.id);
        assertThat(read.status).isEqualTo("REVIEWED");
        assertThat(read.reviewedBy).isEqualTo("reviewer");
        assertThat(read.approvedBy).isNull();
        assertThat(read.rowVersion).isEqualTo(2);
        assertThat(read.updatedAt).isEqualTo(AT.plusSeconds(3));
    }

    @Test
    void theContentIsEditedOnlyWhileDraftOrReturnedAndOnlyAtItsVersion() {
        PlanRow row = plan("PLN-T-0003", "AUTH-T1", 2026, "DRAFT");
        assertThat(plans.updateContent(row.id, row.rowVersion, "新标题", 2027, "新依据", AT)).isEqualTo(1);
        assertThat(plans.updateContent(row.id, row.rowVersion, "旧版本的编辑", 2027, "新依据", AT)).isZero();
        PlanRow read = plans.findPlan(row.id);
        assertThat(read.title).isEqualTo("新标题");
        assertThat(read.planYear).isEqualTo(2027);
        plans.transition(row.id, "DRAFT", read.rowVersion, "SUBMITTED", null, null, AT);
        assertThat(plans.updateContent(row.id, read.rowVersion + 1, "审批中的编辑", 2027, "新依据", AT)).isZero();
        assertThat(plans.findPlan(row.id).title).isEqualTo("新标题");
    }

    @Test
    void theApprovalRoundFilingAndAmendmentAreWritten() {
        PlanRow row = plan("PLN-T-0004", "AUTH-T1", 2026, "SUBMITTED");
        plans.startRound(row.id, false, 2);
        plans.setApprovalsDone(row.id, 1);
        plans.setFiled(row.id, "AUTH-T0", AT);
        PlanRow read = plans.findPlan(row.id);
        assertThat(read.sectionReview).isFalse();
        assertThat(read.approvalLevels).isEqualTo(2);
        assertThat(read.approvalsDone).isEqualTo(1);
        assertThat(read.filedWith).isEqualTo("AUTH-T0");
        assertThat(read.filedAt).isEqualTo(AT);
        assertThat(plans.findAmendmentOf(row.id)).isNull();
        PlanRow amendment = PlanRows.plan("PLN-T-0004-2", read.authorityCode, read.planYear, "DRAFT");
        amendment.title = read.title;
        amendment.versionNo = 2;
        amendment.amendsId = row.id;
        plans.insertPlan(amendment);
        assertThat(plans.findAmendmentOf(row.id).id).isEqualTo(amendment.id);
    }

    @Test
    void theSearchStaysInTheAuthorityFiltersAndPagesNewestFirst() {
        registers.insertProduct(PlanRows.product("T-TISSUE", "纸巾纸", "Tissue paper"));
        long[] ids = new long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = plan("PLN-S-000" + i, "AUTH-S1", i < 3 ? 2026 : 2025, i % 2 == 0 ? "DRAFT" : "ISSUED").id;
        }
        item(ids[1], 1, "T-TISSUE", "320105");
        item(ids[4], 1, "T-BAG", "320105");
        plan("PLN-S-OTHER", "AUTH-S2", 2026, "DRAFT");

        SearchCriteria all = scope("AUTH-S1");
        assertThat(plans.countSearch(all)).isEqualTo(5);
        assertThat(plans.search(all, 2, 0)).extracting(p -> p.id).containsExactly(ids[4], ids[3]);
        assertThat(plans.search(all, 2, 2)).extracting(p -> p.id).containsExactly(ids[2], ids[1]);
        assertThat(plans.search(all, 2, 4)).extracting(p -> p.id).containsExactly(ids[0]);
        assertThat(plans.search(all, 2, 6)).isEmpty();

        assertThat(plans.search(new SearchCriteria("AUTH-S1", null, null, null, null, "ISSUED", 2026), 10, 0))
                .extracting(p -> p.id).containsExactly(ids[1]);
        assertThat(plans.search(new SearchCriteria("AUTH-S1", "%S-000_%", null, null, null, null, 2025), 10, 0))
                .extracting(p -> p.id).containsExactly(ids[4], ids[3]);
        // a product by its name in either language or by its code; a region by the plan's or an item's
        assertThat(plans.search(new SearchCriteria("AUTH-S1", null, "%巾纸%", "none", null, null, null), 10, 0))
                .extracting(p -> p.id).containsExactly(ids[1]);
        assertThat(plans.search(new SearchCriteria("AUTH-S1", null, "%Tissue%", "none", null, null, null), 10, 0))
                .extracting(p -> p.id).containsExactly(ids[1]);
        assertThat(plans.countSearch(new SearchCriteria("AUTH-S1", null, "%bag%", "T-BAG", null, null, null))).isEqualTo(1);
        assertThat(plans.countSearch(new SearchCriteria("AUTH-S1", null, null, null, "320105%", null, null))).isEqualTo(2);
        assertThat(plans.countSearch(new SearchCriteria("AUTH-S1", null, null, null, "3201%", null, null))).isEqualTo(5);
        assertThat(plans.countSearch(scope("AUTH-S2"))).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesARuleItemRoundedToMorePlacesThanItsLimitsHold() {
        // V1_1's CHECK on pln_rule_item.decimals (GB/T 8170 rounding, 0 to 6 places: what RuleService lets in), on H2
        // and on MariaDB alike
        RegisterRows.RuleRow rule = new RegisterRows.RuleRow();
        rule.productCode = "DECIMALS_TEST";
        rule.version = "2026";
        rule.title = "细则";
        rule.status = "DRAFT";
        rule.testPortion = 2;
        rule.backupPortion = 2;
        rule.unit = "个";
        rule.samplingBase = "不少于 10 个";
        rule.judgmentText = "所检项目均符合要求的，判定为合格";
        registers.insertRule(rule);
        registers.insertRuleItem(ruleItem(rule.id, 1, 6));
        RegisterRows.RuleItemRow seven = ruleItem(rule.id, 2, 7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registers.insertRuleItem(seven))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        RegisterRows.RuleItemRow negative = ruleItem(rule.id, 3, -1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registers.insertRuleItem(negative))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(registers.ruleItems(rule.id)).extracting(item -> item.decimals).containsExactly(6);
    }

    private static RegisterRows.RuleItemRow ruleItem(long ruleId, int seq, int decimals) {
        RegisterRows.RuleItemRow item = new RegisterRows.RuleItemRow();
        item.ruleId = ruleId;
        item.seq = seq;
        item.code = "D-" + seq;
        item.nameZh = "项目" + seq;
        item.nameEn = "Item " + seq;
        item.standardClause = "5.1";
        item.method = "GB/T 8170";
        item.limitType = "MAX";
        item.limitValue = new java.math.BigDecimal("1.5");
        item.decimals = decimals;
        item.itemClass = "A";
        item.verified = true;
        return item;
    }
}
