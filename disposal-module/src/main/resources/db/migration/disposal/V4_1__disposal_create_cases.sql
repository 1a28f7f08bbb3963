-- Disposal module (dsp_): result handling (结果处理) of one spot-check case, Order 18 ch. 6.

CREATE TABLE dsp_case (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_code       VARCHAR(40)   NOT NULL,
    sample_code     VARCHAR(48)   NOT NULL,
    report_no       VARCHAR(48)   NOT NULL,
    authority_code  VARCHAR(32)   NOT NULL,
    lab_code        VARCHAR(32)   NOT NULL,
    enterprise_code VARCHAR(32)   NOT NULL,
    enterprise_name VARCHAR(200)  NOT NULL,
    product_name    VARCHAR(200)  NOT NULL,
    -- the report's conclusion (testing's Conclusion; ResultRules)
    conclusion      VARCHAR(32)   NOT NULL CHECK (conclusion IN ('NO_NONCONFORMITY_FOUND', 'NONCONFORMING')),
    grade           VARCHAR(16)   CHECK (grade IN ('SERIOUS', 'GENERAL')),
    -- DisposalCase.Status
    status          VARCHAR(24)   NOT NULL CHECK (status IN ('OPEN', 'AWAITING_NOTICE', 'NOTICE_SENT', 'NOTIFIED',
                                    'OBJECTION_FILED', 'RETESTING', 'CONCLUSION_FINAL', 'RECTIFYING', 'REINSPECTING',
                                    'REINSPECTION_FAILED', 'ESCALATED', 'ANNOUNCED', 'SUSPENDED', 'REVOCATION_REFERRED',
                                    'CLOSED')),
    opened_at       TIMESTAMP(3)  NOT NULL,
    served_by       VARCHAR(64),
    served_at       TIMESTAMP(3),
    service_method  VARCHAR(16),
    closed_at       TIMESTAMP(3),
    row_version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_dsp_case_task UNIQUE (task_code)
);
CREATE INDEX ix_dsp_case_enterprise ON dsp_case (enterprise_code);

CREATE TABLE dsp_case_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    action      VARCHAR(24)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    comment     VARCHAR(1000),
    occurred_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_dsp_case_event FOREIGN KEY (case_id) REFERENCES dsp_case (id)
);
