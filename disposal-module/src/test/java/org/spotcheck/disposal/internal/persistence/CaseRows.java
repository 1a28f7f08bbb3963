package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** The rows of the disposal mapper tests, filled with what every test needs; a test sets what it looks at. */
final class CaseRows {

    private CaseRows() {
    }

    /** A serious non-conformity awaiting its notice in 320105, tested at LAB1, not yet inserted. */
    static DisposalCaseRow awaitingNotice(String taskCode, String authority, String enterprise, String product, Instant openedAt) {
        DisposalCaseRow row = new DisposalCaseRow();
        row.taskCode = taskCode;
        row.sampleCode = "YP-" + taskCode;
        row.reportNo = "LAB1-" + taskCode;
        row.authorityCode = authority;
        row.labCode = "LAB1";
        row.enterpriseCode = enterprise;
        row.enterpriseName = enterprise + " 纸业有限公司";
        row.productName = product;
        row.productCode = "P-" + product.length();
        row.conclusion = "NONCONFORMING";
        row.grade = "SERIOUS";
        row.status = "AWAITING_NOTICE";
        row.openedAt = openedAt;
        row.regionCode = "320105";
        return row;
    }

    /** A failed class-A item, undisputed, not yet inserted. */
    static CaseItemRow failedItem(long caseId, String code) {
        CaseItemRow row = new CaseItemRow();
        row.caseId = caseId;
        row.code = code;
        row.nameZh = "检验项目 " + code;
        row.itemClass = "A";
        row.disputed = false;
        row.finalVerdict = "FAIL";
        return row;
    }

    /** The officer's event, not yet inserted. */
    static CaseEventRow event(long caseId, String action, Instant at) {
        CaseEventRow event = new CaseEventRow();
        event.caseId = caseId;
        event.action = action;
        event.actor = "officer";
        event.occurredAt = at;
        return event;
    }
}
