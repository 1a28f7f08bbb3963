-- 移送: enforcement referrals (Product Quality Law art. 56 for a refused spot-check, R18; serious
-- quality problems, R27). Each carries its evidence.

CREATE TABLE dsp_referral (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_code        VARCHAR(40)   NOT NULL,
    authority_code   VARCHAR(32)   NOT NULL,
    enterprise_code  VARCHAR(32)   NOT NULL,
    enterprise_name  VARCHAR(200)  NOT NULL,
    -- ReferralService.REFERRAL_REASONS: 拒检 (R18), serious quality problem (R27), licence revocation after the suspension re-inspection (R16, Order 18 art. 48)
    reason           VARCHAR(32)   NOT NULL
                     CHECK (reason IN ('REFUSED_SAMPLING', 'SERIOUS_QUALITY_PROBLEM', 'LICENCE_REVOCATION')),
    facts            VARCHAR(2000) NOT NULL,
    evidence_ids     VARCHAR(500)  NOT NULL,
    -- OPEN, then the ReferralDecision
    status           VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'CASE_OPENED', 'NO_ACTION')),
    opened_at        TIMESTAMP(3)  NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP(3),
    decision_comment VARCHAR(1000),
    row_version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_dsp_referral UNIQUE (task_code, reason)
);
