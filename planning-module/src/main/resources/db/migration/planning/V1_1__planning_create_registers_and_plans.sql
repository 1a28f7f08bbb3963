-- Planning module (pln_): registers (一单两库一细则), plans, draws and spot-check tasks.
-- Portable MySQL DDL: runs on MySQL 8 / MariaDB through Connector/J and on H2 in MySQL mode.

CREATE TABLE pln_authority (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    region_code   CHAR(6)      NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    parent_code   VARCHAR(32)
);

-- 检查对象名录库 (inspection-object register)
CREATE TABLE pln_enterprise (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    credit_code   CHAR(18)     NOT NULL,
    address       VARCHAR(300) NOT NULL,
    region_code   CHAR(6)      NOT NULL,
    industry      VARCHAR(100) NOT NULL,
    size          VARCHAR(8)   NOT NULL,
    product_codes VARCHAR(500) NOT NULL,
    CONSTRAINT uk_pln_enterprise_credit UNIQUE (credit_code)
);

-- 执法检查人员名录库 (inspector register)
CREATE TABLE pln_inspector (
    code           VARCHAR(32)  NOT NULL PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    authority_code VARCHAR(32)  NOT NULL,
    region_code    CHAR(6)      NOT NULL,
    username       VARCHAR(64),
    qualifications VARCHAR(300) NOT NULL,
    conflicts      VARCHAR(500) NOT NULL DEFAULT ''
);

-- 承检机构
CREATE TABLE pln_lab (
    code             VARCHAR(32)  NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    accreditation_no VARCHAR(64)  NOT NULL,
    region_code      CHAR(6)      NOT NULL,
    address          VARCHAR(300) NOT NULL,
    product_codes    VARCHAR(500) NOT NULL,
    capacity         INT          NOT NULL
);

-- 产品目录
CREATE TABLE pln_product (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    category_zh VARCHAR(100) NOT NULL,
    industry_zh VARCHAR(100) NOT NULL,
    risk_level  VARCHAR(8)   NOT NULL
);

-- 实施细则, versioned: DRAFT -> ACTIVE -> SUPERSEDED. A published version never changes.
CREATE TABLE pln_rule (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_code   VARCHAR(32)   NOT NULL,
    version        VARCHAR(32)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    test_portion   INT           NOT NULL,
    backup_portion INT           NOT NULL,
    unit           VARCHAR(32)   NOT NULL,
    sampling_base  VARCHAR(500)  NOT NULL,
    judgment_text  VARCHAR(2000) NOT NULL,
    CONSTRAINT uk_pln_rule_version UNIQUE (product_code, version)
);

-- 检验项目 of one rule version. limit_type: MAX, MIN, RANGE, ENUMERATION, QUALITATIVE.
-- MAX/MIN use limit_value; RANGE uses limit_min/limit_max; ENUMERATION lists the allowed
-- values in limit_text separated by '|'; QUALITATIVE keeps the requirement in limit_text.
-- decimals: the places a result is rounded to (GB/T 8170), 0 to 6 as the register refuses others (RuleService)
-- and the limits' DECIMAL(20,6) can hold; the lab's snapshot (tst_test_item) copies a rule item that passed it.
CREATE TABLE pln_rule_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_id         BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    name_zh         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    standard_clause VARCHAR(300)  NOT NULL,
    method          VARCHAR(300)  NOT NULL,
    limit_type      VARCHAR(16)   NOT NULL CHECK (limit_type IN ('MAX', 'MIN', 'RANGE', 'ENUMERATION', 'QUALITATIVE')),
    limit_value     DECIMAL(20,6),
    limit_min       DECIMAL(20,6),
    limit_max       DECIMAL(20,6),
    limit_text      VARCHAR(1000),
    unit            VARCHAR(32),
    decimals        INT           CHECK (decimals BETWEEN 0 AND 6),
    display         VARCHAR(300),
    item_class      CHAR(1)       NOT NULL CHECK (item_class IN ('A', 'B')),
    verified        BOOLEAN       NOT NULL,
    CONSTRAINT fk_pln_rule_item_rule FOREIGN KEY (rule_id) REFERENCES pln_rule (id),
    CONSTRAINT uk_pln_rule_item UNIQUE (rule_id, code)
);

-- 年度/专项监督抽查计划. status: DRAFT, SUBMITTED, REVIEWED, RETURNED, APPROVED, ISSUED, CLOSED
CREATE TABLE pln_plan (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    plan_year      INT          NOT NULL,
    authority_code VARCHAR(32)  NOT NULL,
    region_code    CHAR(6)      NOT NULL,
    legal_basis    VARCHAR(500) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    drafted_by     VARCHAR(64)  NOT NULL,
    reviewed_by    VARCHAR(64),
    approved_by    VARCHAR(64),
    created_at     TIMESTAMP(3) NOT NULL,
    updated_at     TIMESTAMP(3) NOT NULL,
    row_version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_pln_plan_code UNIQUE (code)
);

CREATE TABLE pln_plan_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    product_code VARCHAR(32)   NOT NULL,
    rule_id      BIGINT        NOT NULL,
    region_code  CHAR(6)       NOT NULL,
    lab_code     VARCHAR(32)   NOT NULL,
    batches      INT           NOT NULL,
    quarter      INT           NOT NULL,
    budget       DECIMAL(14,2) NOT NULL,
    reason       VARCHAR(32)   NOT NULL,
    CONSTRAINT fk_pln_plan_item_plan FOREIGN KEY (plan_id) REFERENCES pln_plan (id)
);

-- who did what to a plan, with the comment (submit, review, return, approve, issue)
CREATE TABLE pln_plan_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    action      VARCHAR(24)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    comment     VARCHAR(1000),
    occurred_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_pln_plan_event_plan FOREIGN KEY (plan_id) REFERENCES pln_plan (id)
);

-- 双随机 draws: everything needed to recompute and verify the result later.
CREATE TABLE pln_draw (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_item_id BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    algorithm    VARCHAR(32)   NOT NULL,
    seed         VARCHAR(64)   NOT NULL,
    filters      VARCHAR(1000) NOT NULL,
    pool         TEXT          NOT NULL,
    pool_hash    CHAR(64)      NOT NULL,
    draw_count   INT           NOT NULL,
    result       VARCHAR(1000) NOT NULL,
    reason       VARCHAR(500),
    drawn_by     VARCHAR(64)   NOT NULL,
    drawn_at     TIMESTAMP(3)  NOT NULL
);

-- 抽查任务: one per drawn enterprise; its code is the case number and the process business key.
CREATE TABLE pln_spot_check_task (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    plan_id           BIGINT       NOT NULL,
    plan_item_id      BIGINT       NOT NULL,
    authority_code    VARCHAR(32)  NOT NULL,
    region_code       CHAR(6)      NOT NULL,
    product_code      VARCHAR(32)  NOT NULL,
    rule_id           BIGINT       NOT NULL,
    lab_code          VARCHAR(32)  NOT NULL,
    enterprise_code   VARCHAR(32)  NOT NULL,
    inspector_codes   VARCHAR(300) NOT NULL,
    sampler_usernames VARCHAR(300) NOT NULL,
    enterprise_draw_id BIGINT      NOT NULL,
    inspector_draw_id  BIGINT      NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_pln_task_code UNIQUE (code)
);
CREATE INDEX ix_pln_task_plan ON pln_spot_check_task (plan_id);
CREATE INDEX ix_pln_plan_authority ON pln_plan (authority_code, status);
