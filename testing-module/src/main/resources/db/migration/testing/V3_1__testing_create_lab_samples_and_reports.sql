-- Testing module (tst_): lab receipt, test items with the limits snapshotted from the rule in force
-- at sampling, results, automatic judgment and the report with its review chain.

CREATE TABLE tst_lab_sample (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sample_code      VARCHAR(48)   NOT NULL,
    sample_id        BIGINT        NOT NULL,
    task_code        VARCHAR(40)   NOT NULL,
    lab_code         VARCHAR(32)   NOT NULL,
    authority_code   VARCHAR(32)   NOT NULL,
    enterprise_code  VARCHAR(32)   NOT NULL,
    enterprise_name  VARCHAR(200)  NOT NULL,
    product_code     VARCHAR(32)   NOT NULL,
    product_name     VARCHAR(200)  NOT NULL,
    rule_id          BIGINT        NOT NULL,
    rule_title       VARCHAR(300)  NOT NULL,
    rule_version     VARCHAR(32)   NOT NULL,
    test_seal_number VARCHAR(64)   NOT NULL,
    samplers         VARCHAR(300)  NOT NULL,
    -- AWAITING_RECEIPT until the lab receives (RECEIVED) or refuses (REJECTED) it; TESTED once results are in
    status           VARCHAR(24)   NOT NULL CHECK (status IN ('AWAITING_RECEIPT', 'RECEIVED', 'REJECTED', 'TESTED')),
    received_by      VARCHAR(64),
    received_at      TIMESTAMP(3),
    receipt_note     VARCHAR(500),
    registered_at    TIMESTAMP(3)  NOT NULL,
    row_version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_tst_lab_sample UNIQUE (sample_code, lab_code)
);
CREATE INDEX ix_tst_lab_sample_lab ON tst_lab_sample (lab_code, status);

CREATE TABLE tst_test_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lab_sample_id    BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    name_zh          VARCHAR(200)  NOT NULL,
    method           VARCHAR(300)  NOT NULL,
    limit_type       VARCHAR(16)   NOT NULL CHECK (limit_type IN ('MAX', 'MIN', 'RANGE', 'ENUMERATION', 'QUALITATIVE')),
    limit_value      DECIMAL(20,6),
    limit_min        DECIMAL(20,6),
    limit_max        DECIMAL(20,6),
    limit_text       VARCHAR(1000),
    unit             VARCHAR(32),
    decimals         INT,
    display          VARCHAR(300),
    item_class       CHAR(1)       NOT NULL CHECK (item_class IN ('A', 'B')),
    measured         VARCHAR(100),
    rounded          DECIMAL(30,10),
    computed_verdict VARCHAR(8),
    verdict          VARCHAR(8),
    override_reason  VARCHAR(500),
    CONSTRAINT fk_tst_item_sample FOREIGN KEY (lab_sample_id) REFERENCES tst_lab_sample (id),
    CONSTRAINT uk_tst_item UNIQUE (lab_sample_id, code)
);

-- 检验报告. status: DRAFT, REVIEWED, RETURNED, APPROVED, ISSUED. An issued report never changes.
CREATE TABLE tst_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lab_sample_id  BIGINT        NOT NULL,
    report_no      VARCHAR(48),
    version        INT           NOT NULL,
    conclusion     VARCHAR(32)   NOT NULL,
    grade          VARCHAR(16),
    failed_items   VARCHAR(500)  NOT NULL DEFAULT '',
    status         VARCHAR(16)   NOT NULL,
    drafted_by     VARCHAR(64)   NOT NULL,
    drafted_at     TIMESTAMP(3)  NOT NULL,
    reviewed_by    VARCHAR(64),
    reviewed_at    TIMESTAMP(3),
    approved_by    VARCHAR(64),
    approved_at    TIMESTAMP(3),
    issued_at      TIMESTAMP(3),
    content_hash   CHAR(64),
    row_version    INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_tst_report_sample FOREIGN KEY (lab_sample_id) REFERENCES tst_lab_sample (id),
    CONSTRAINT uk_tst_report_version UNIQUE (lab_sample_id, version),
    CONSTRAINT uk_tst_report_no UNIQUE (report_no)
);

CREATE TABLE tst_report_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT        NOT NULL,
    action      VARCHAR(24)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    comment     VARCHAR(1000),
    occurred_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_tst_report_event FOREIGN KEY (report_id) REFERENCES tst_report (id)
);
