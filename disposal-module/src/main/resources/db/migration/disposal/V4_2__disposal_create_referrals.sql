-- 移送: enforcement referrals (Product Quality Law art. 56 for a refused spot-check, R18; serious
-- quality problems, R27). Each carries its evidence.

CREATE TABLE dsp_referral (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_code        VARCHAR(40)   NOT NULL,
    authority_code   VARCHAR(32)   NOT NULL,
    enterprise_code  VARCHAR(32)   NOT NULL,
    enterprise_name  VARCHAR(200)  NOT NULL,
    reason           VARCHAR(32)   NOT NULL,
    facts            VARCHAR(2000) NOT NULL,
    evidence_ids     VARCHAR(500)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    opened_at        TIMESTAMP(3)  NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP(3),
    decision_comment VARCHAR(1000),
    row_version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_dsp_referral UNIQUE (task_code, reason)
);
