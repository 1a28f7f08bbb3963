-- Issue 5 (lab testing). Numbered 3_50, not 3_2, so that parallel work on the testing module can take
-- the low numbers without a collision (Flyway runs out of order, ADR 0005).

-- The lab's details as the register had them when the sample was sent (snapshot, ADR 0003): the
-- report shows them, and a later change of the register does not change an issued report.
ALTER TABLE tst_lab_sample ADD COLUMN lab_name VARCHAR(200);
ALTER TABLE tst_lab_sample ADD COLUMN lab_address VARCHAR(300);
ALTER TABLE tst_lab_sample ADD COLUMN lab_accreditation_no VARCHAR(64);

-- A correction is a new version of the report: it names the version it replaces and says why.
-- The replaced version is never updated; it counts as superseded once its successor is issued.
ALTER TABLE tst_report ADD COLUMN previous_report_id BIGINT;
ALTER TABLE tst_report ADD COLUMN correction_reason VARCHAR(1000);
CREATE INDEX ix_tst_report_previous ON tst_report (previous_report_id);

-- The items of an issued report, copied at issue: an issued report renders and hashes from these
-- rows only, so re-entering results for a correction never changes an issued version.
CREATE TABLE tst_report_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id        BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    name_zh          VARCHAR(200)  NOT NULL,
    method           VARCHAR(300)  NOT NULL,
    item_class       CHAR(1)       NOT NULL,
    limit_type       VARCHAR(16)   NOT NULL,
    limit_display    VARCHAR(1000) NOT NULL,
    decimals         INT,
    unit             VARCHAR(32),
    measured         VARCHAR(100)  NOT NULL,
    rounded          DECIMAL(30,10),
    computed_verdict VARCHAR(8)    NOT NULL,
    verdict          VARCHAR(8)    NOT NULL,
    override_reason  VARCHAR(500),
    CONSTRAINT fk_tst_report_item FOREIGN KEY (report_id) REFERENCES tst_report (id),
    CONSTRAINT uk_tst_report_item UNIQUE (report_id, code)
);
