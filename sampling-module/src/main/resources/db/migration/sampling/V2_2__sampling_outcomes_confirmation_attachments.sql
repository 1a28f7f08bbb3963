-- Sampling (issue 4): product standard and online-sampling details on the record, hand-over,
-- enterprise confirmation, refusals and other outcomes without a sample, and uploaded evidence.

ALTER TABLE smp_sampling_record ADD COLUMN product_standard VARCHAR(100);
ALTER TABLE smp_sampling_record ADD COLUMN online_platform VARCHAR(100);
ALTER TABLE smp_sampling_record ADD COLUMN online_shop VARCHAR(200);
ALTER TABLE smp_sampling_record ADD COLUMN buyer_account VARCHAR(100);
ALTER TABLE smp_sampling_record ADD COLUMN order_number VARCHAR(100);
ALTER TABLE smp_sampling_record ADD COLUMN handover_method VARCHAR(100);
ALTER TABLE smp_sampling_record ADD COLUMN handover_temperature VARCHAR(32);
-- RecordSamplingCommand.Exemption: the same-product window does not apply (follow-up, emergency)
ALTER TABLE smp_sampling_record ADD COLUMN exemption VARCHAR(16) CHECK (exemption IN ('FOLLOW_UP', 'EMERGENCY'));
ALTER TABLE smp_sampling_record ADD COLUMN free_sample BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE smp_sampling_record ADD COLUMN confirmation_method VARCHAR(8) CHECK (confirmation_method IN ('ONLINE', 'PAPER'));
ALTER TABLE smp_sampling_record ADD COLUMN confirmed_by VARCHAR(64);
ALTER TABLE smp_sampling_record ADD COLUMN confirmed_at TIMESTAMP(3);
ALTER TABLE smp_sampling_record ADD COLUMN confirmation_statement VARCHAR(300);
ALTER TABLE smp_sampling_record ADD COLUMN receipt_note VARCHAR(500);
CREATE INDEX ix_smp_record_product_key ON smp_sampling_record (enterprise_credit_code, trademark, specification);

-- 拒检 / 不予抽样 / 无样可抽: a visit that produced no sample
CREATE TABLE smp_non_sampling (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_code              VARCHAR(40)   NOT NULL,
    authority_code         VARCHAR(32)   NOT NULL,
    enterprise_code        VARCHAR(32)   NOT NULL,
    enterprise_name        VARCHAR(200)  NOT NULL,
    outcome                VARCHAR(16)   NOT NULL CHECK (outcome IN ('REFUSED', 'NOT_SAMPLABLE', 'NO_PRODUCT')),
    reason_code            VARCHAR(40)   NOT NULL,
    refused_by_name        VARCHAR(100),
    refused_by_position    VARCHAR(100),
    consequences_explained BOOLEAN       NOT NULL DEFAULT FALSE,
    note                   VARCHAR(1000) NOT NULL,
    samplers               VARCHAR(300)  NOT NULL,
    recorded_by            VARCHAR(64)   NOT NULL,
    recorded_at            TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_smp_non_sampling_task UNIQUE (task_code)
);

-- photos and evidence: files live outside the web root under generated names
CREATE TABLE smp_attachment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_key       CHAR(36)      NOT NULL,
    task_code      VARCHAR(40)   NOT NULL,
    authority_code VARCHAR(32)   NOT NULL,
    enterprise_code VARCHAR(32)  NOT NULL,
    lab_code       VARCHAR(32)   NOT NULL,
    -- AttachmentKind
    kind           VARCHAR(16)   NOT NULL
                   CHECK (kind IN ('PHOTO', 'EVIDENCE', 'SCREENSHOT', 'RECEIPT', 'UNPACKING', 'SIGNATURE')),
    content_type   VARCHAR(64)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    original_name  VARCHAR(200)  NOT NULL,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_smp_attachment_key UNIQUE (file_key)
);
CREATE INDEX ix_smp_attachment_task ON smp_attachment (task_code);
