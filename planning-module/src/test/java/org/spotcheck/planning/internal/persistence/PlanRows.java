package org.spotcheck.planning.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** The rows of the planning mapper tests, filled with what every test needs; a test sets what it looks at. */
final class PlanRows {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private PlanRows() {
    }

    /** A draft-like annual plan of 320100, not yet inserted. */
    static PlanRow plan(String code, String authority, int year, String status) {
        PlanRow row = new PlanRow();
        row.code = code;
        row.title = "纸巾纸专项抽查 " + code;
        row.kind = "ANNUAL";
        row.planYear = year;
        row.authorityCode = authority;
        row.regionCode = "320100";
        row.legalBasis = "《产品质量监督抽查管理暂行办法》";
        row.status = status;
        row.draftedBy = "planner";
        row.createdAt = AT;
        row.updatedAt = AT;
        row.versionNo = 1;
        return row;
    }

    /** A routine item of three batches at LAB1, not yet inserted. */
    static PlanItemRow item(long planId, int seq, String productCode, String region) {
        PlanItemRow row = new PlanItemRow();
        row.planId = planId;
        row.seq = seq;
        row.productCode = productCode;
        row.ruleId = 1L;
        row.regionCode = region;
        row.labCode = "LAB1";
        row.batches = 3;
        row.quarter = 2;
        row.budget = new BigDecimal("1200.50");
        row.reason = "ROUTINE";
        row.emergency = false;
        return row;
    }

    /** The planner's event with a comment, not yet inserted. */
    static PlanEventRow event(long planId, String action) {
        PlanEventRow event = new PlanEventRow();
        event.planId = planId;
        event.action = action;
        event.actor = "planner";
        event.comment = "意见";
        event.occurredAt = AT;
        return event;
    }

    /** A product of the register, not yet inserted. */
    static RegisterRows.ProductRow product(String code, String nameZh, String nameEn) {
        RegisterRows.ProductRow product = new RegisterRows.ProductRow();
        product.code = code;
        product.nameZh = nameZh;
        product.nameEn = nameEn;
        product.categoryZh = "纸制品";
        product.industryZh = "轻工";
        product.riskLevel = "LOW";
        return product;
    }
}
