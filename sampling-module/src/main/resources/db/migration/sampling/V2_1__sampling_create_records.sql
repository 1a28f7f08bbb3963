-- Sampling module (smp_): sampling records (抽样单) with test and backup portions, seals and custody.
-- The CHECKs hold the closed value sets the code writes (SamplingForm.Channel, .BackupLocation,
-- SamplingRecord.Status); edited in place before the first release (ADR 0005).

CREATE TABLE smp_sampling_record (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sample_code              VARCHAR(48)   NOT NULL,
    task_code                VARCHAR(40)   NOT NULL,
    -- 1 for the first visit, 2, 3 … for a re-sampling of the same task (sample code YP-<task>-<n>)
    attempt                  INT           NOT NULL CHECK (attempt >= 1),
    authority_code           VARCHAR(32)   NOT NULL,
    lab_code                 VARCHAR(32)   NOT NULL,
    enterprise_code          VARCHAR(32)   NOT NULL,
    enterprise_name          VARCHAR(200)  NOT NULL,
    enterprise_credit_code   CHAR(18)      NOT NULL,
    enterprise_address       VARCHAR(300)  NOT NULL,
    product_code             VARCHAR(32)   NOT NULL,
    rule_id                  BIGINT        NOT NULL,
    -- a visit without a sample (拒检, 不予抽样, 无样可抽) is a smp_non_sampling row, never a record
    outcome                  VARCHAR(16)   NOT NULL CHECK (outcome = 'SAMPLED'),
    channel                  VARCHAR(16)   NOT NULL CHECK (channel IN ('PRODUCTION', 'DISTRIBUTION', 'E_COMMERCE')),
    product_name             VARCHAR(200)  NOT NULL,
    trademark                VARCHAR(100)  NOT NULL,
    specification            VARCHAR(200)  NOT NULL,
    batch_number             VARCHAR(100),
    production_date          DATE,
    stock_on_hand            VARCHAR(100)  NOT NULL,
    test_quantity            INT           NOT NULL,
    backup_quantity          INT           NOT NULL,
    quantity_unit            VARCHAR(32)   NOT NULL,
    required_test_quantity   INT           NOT NULL,
    required_backup_quantity INT           NOT NULL,
    test_seal_number         VARCHAR(64)   NOT NULL,
    backup_seal_number       VARCHAR(64)   NOT NULL,
    backup_location          VARCHAR(16)   NOT NULL CHECK (backup_location IN ('ENTERPRISE', 'LAB')),
    unit_price               DECIMAL(12,2) NOT NULL,
    amount_paid              DECIMAL(12,2) NOT NULL,
    samplers                 VARCHAR(300)  NOT NULL,
    status                   VARCHAR(24)   NOT NULL CHECK (status IN ('IN_TRANSIT', 'RECEIVED', 'REJECTED_AT_RECEIPT')),
    recorded_by              VARCHAR(64)   NOT NULL,
    recorded_at              TIMESTAMP(3)  NOT NULL,
    row_version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_smp_record_code UNIQUE (sample_code),
    CONSTRAINT uk_smp_record_task UNIQUE (task_code, attempt)
);
CREATE INDEX ix_smp_record_enterprise ON smp_sampling_record (enterprise_code);
CREATE INDEX ix_smp_record_lab ON smp_sampling_record (lab_code);

-- 样品流转记录: one timeline per sample
CREATE TABLE smp_custody_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    record_id   BIGINT        NOT NULL,
    event_type  VARCHAR(24)   NOT NULL,
    portion_kind VARCHAR(8),
    actor       VARCHAR(64)   NOT NULL,
    note        VARCHAR(500),
    occurred_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_smp_custody_record FOREIGN KEY (record_id) REFERENCES smp_sampling_record (id)
);
