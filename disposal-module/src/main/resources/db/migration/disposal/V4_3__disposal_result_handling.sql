-- Result handling after the notice (Order 18 ch. 6): snapshots for statistics, the final
-- conclusion and the stop-sale flag, objections and re-tests, rectification, re-inspections,
-- escalation, and publication (一公开).

-- Snapshots copied when the case opens (ADR 0003), for statistics and the public notice.
ALTER TABLE dsp_case ADD COLUMN product_code VARCHAR(32);
ALTER TABLE dsp_case ADD COLUMN industry VARCHAR(100);
ALTER TABLE dsp_case ADD COLUMN region_code VARCHAR(6);
ALTER TABLE dsp_case ADD COLUMN enterprise_size VARCHAR(16);
ALTER TABLE dsp_case ADD COLUMN enterprise_address VARCHAR(300);
ALTER TABLE dsp_case ADD COLUMN channel VARCHAR(16) CHECK (channel IN ('PRODUCTION', 'DISTRIBUTION', 'E_COMMERCE'));
ALTER TABLE dsp_case ADD COLUMN trademark VARCHAR(100);
ALTER TABLE dsp_case ADD COLUMN specification VARCHAR(200);
ALTER TABLE dsp_case ADD COLUMN batch_number VARCHAR(100);
-- 样品标称的生产者: notified too when the sample came from a seller
ALTER TABLE dsp_case ADD COLUMN producer_name VARCHAR(200);
-- sent in the system, waiting for the enterprise's online acknowledgement (then served_at)
ALTER TABLE dsp_case ADD COLUMN notice_sent_at TIMESTAMP(3);
-- 结论确认: the conclusion after the objection window, the objection decision or the re-test
ALTER TABLE dsp_case ADD COLUMN final_conclusion VARCHAR(32)
    CHECK (final_conclusion IN ('NO_NONCONFORMITY_FOUND', 'NONCONFORMING'));
ALTER TABLE dsp_case ADD COLUMN final_grade VARCHAR(16) CHECK (final_grade IN ('SERIOUS', 'GENERAL'));
-- the basis Objections/ResultHandlingService write (CaseView.finalBasis)
ALTER TABLE dsp_case ADD COLUMN final_basis VARCHAR(24)
    CHECK (final_basis IN ('NO_NONCONFORMITY', 'NO_OBJECTION', 'OBJECTION_REJECTED', 'RETEST', 'RETEST_ABANDONED'));
ALTER TABLE dsp_case ADD COLUMN concluded_at TIMESTAMP(3);
-- R12 (Order 18 art. 45): stop producing and selling the same product
ALTER TABLE dsp_case ADD COLUMN stop_sale BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dsp_case ADD COLUMN stop_sale_since TIMESTAMP(3);
ALTER TABLE dsp_case ADD COLUMN escalated_to VARCHAR(32);
ALTER TABLE dsp_case ADD COLUMN escalated_at TIMESTAMP(3);
ALTER TABLE dsp_case ADD COLUMN announced_on DATE;
ALTER TABLE dsp_case ADD COLUMN suspended_until DATE;
ALTER TABLE dsp_case ADD COLUMN close_reason VARCHAR(32);
CREATE INDEX ix_dsp_case_final ON dsp_case (product_code, concluded_at);

-- The failed items of the first report; disputed ones are re-tested (R8).
CREATE TABLE dsp_case_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    code           VARCHAR(32)   NOT NULL,
    name_zh        VARCHAR(200)  NOT NULL,
    item_class     CHAR(1)       NOT NULL,
    disputed       BOOLEAN       NOT NULL DEFAULT FALSE,
    retest_verdict VARCHAR(8),
    final_verdict  VARCHAR(8)    NOT NULL,
    CONSTRAINT fk_dsp_case_item FOREIGN KEY (case_id) REFERENCES dsp_case (id),
    CONSTRAINT uk_dsp_case_item UNIQUE (case_id, code)
);

-- 异议 / 复检申请 (R5, R7–R9): one per case.
CREATE TABLE dsp_objection (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    filed_by          VARCHAR(64)   NOT NULL,
    filed_at          TIMESTAMP(3)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP(3),
    decision_reason   VARCHAR(1000),
    retest_lab_code   VARCHAR(32),
    retest_draw_id    BIGINT,
    retest_report_no  VARCHAR(48),
    retest_conclusion VARCHAR(32),
    retest_grade      VARCHAR(16),
    fee_prepaid_by    VARCHAR(16)   NOT NULL,
    fee_borne_by      VARCHAR(16),
    completed_at      TIMESTAMP(3),
    row_version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_dsp_objection FOREIGN KEY (case_id) REFERENCES dsp_case (id),
    CONSTRAINT uk_dsp_objection UNIQUE (case_id)
);

-- 责令整改 (R13, R14): the order, the enterprise's report with evidence, the reminder.
CREATE TABLE dsp_rectification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    ordered_by          VARCHAR(64)   NOT NULL,
    ordered_on          DATE          NOT NULL,
    requirements        VARCHAR(1000) NOT NULL,
    due_on              DATE          NOT NULL,
    reinspection_due_on DATE          NOT NULL,
    serious_problem     BOOLEAN       NOT NULL DEFAULT FALSE,
    report_summary      VARCHAR(2000),
    report_evidence_ids VARCHAR(500),
    report_submitted_by VARCHAR(64),
    report_submitted_at TIMESTAMP(3),
    reminded_at         TIMESTAMP(3),
    CONSTRAINT fk_dsp_rectification FOREIGN KEY (case_id) REFERENCES dsp_case (id),
    CONSTRAINT uk_dsp_rectification UNIQUE (case_id)
);

-- 复查 (R14–R17): round 1 after the order, 2 after the announcement, 3 after the suspension.
CREATE TABLE dsp_reinspection (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    round_no     INT           NOT NULL,
    task_code    VARCHAR(48)   NOT NULL,
    window_from  DATE          NOT NULL,
    window_to    DATE,
    organised_by VARCHAR(64)   NOT NULL,
    organised_on DATE          NOT NULL,
    report_no    VARCHAR(48),
    conclusion   VARCHAR(32),
    concluded_at TIMESTAMP(3),
    CONSTRAINT fk_dsp_reinspection FOREIGN KEY (case_id) REFERENCES dsp_case (id),
    CONSTRAINT uk_dsp_reinspection UNIQUE (case_id, round_no)
);

-- 一公开: what the public sees, after a redaction review; only once the conclusion is final.
-- status: HELD (not final yet), PENDING_REVIEW, RELEASED.
CREATE TABLE dsp_publication (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    authority_code    VARCHAR(32)   NOT NULL,
    enterprise_name   VARCHAR(200)  NOT NULL,
    product_name      VARCHAR(200)  NOT NULL,
    trademark         VARCHAR(100),
    specification     VARCHAR(200),
    batch_number      VARCHAR(100),
    conclusion_text   VARCHAR(200),
    failed_items_text VARCHAR(1000),
    remark            VARCHAR(2000),
    created_at        TIMESTAMP(3)  NOT NULL,
    reviewed_by       VARCHAR(64),
    released_at       TIMESTAMP(3),
    row_version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_dsp_publication FOREIGN KEY (case_id) REFERENCES dsp_case (id),
    CONSTRAINT uk_dsp_publication UNIQUE (case_id, kind)
);
CREATE INDEX ix_dsp_publication_status ON dsp_publication (status, released_at);

-- the event log also carries in-app notifications and e-mail intents: longer actions and texts
ALTER TABLE dsp_case_event MODIFY COLUMN action VARCHAR(32) NOT NULL;
