-- 质量预警 (domain.md §5.3, Q12): rules are local policy, configurable per product, industry and
-- region; a warning opens a task for planners to start a special plan, linked to it.

CREATE TABLE dsp_warning_rule (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authority_code VARCHAR(32)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    product_code   VARCHAR(32),
    industry       VARCHAR(100),
    region_code    VARCHAR(6),
    threshold_pct  DECIMAL(5,1),
    min_batches    INT           NOT NULL DEFAULT 1,
    window_days    INT           NOT NULL DEFAULT 365,
    drop_points    DECIMAL(5,1),
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL
);

CREATE TABLE dsp_warning (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_id        BIGINT        NOT NULL,
    authority_code VARCHAR(32)   NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    case_id        BIGINT        NOT NULL,
    product_code   VARCHAR(32),
    region_code    VARCHAR(6),
    enterprise_code VARCHAR(32),
    message        VARCHAR(1000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    plan_code      VARCHAR(40),
    handled_by     VARCHAR(64),
    handled_at     TIMESTAMP(3),
    handling_comment VARCHAR(1000),
    raised_at      TIMESTAMP(3)  NOT NULL,
    row_version    INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_dsp_warning_rule FOREIGN KEY (rule_id) REFERENCES dsp_warning_rule (id),
    CONSTRAINT uk_dsp_warning UNIQUE (rule_id, case_id)
);
CREATE INDEX ix_dsp_warning_status ON dsp_warning (authority_code, status);
