-- Planning (issue 3): configurable approval levels, filing with the superior authority, plan
-- versions (amendments), stratified draws and re-draws, the record of checked products for the
-- Order 18 art. 8 duplicate rule, implementation-rule publication, complaints.
-- Portable MySQL DDL (ADR 0002): one column per ALTER so that H2 in MySQL mode accepts it too.

-- director approval levels of an authority; NULL = spotcheck.planning.approval-levels
ALTER TABLE pln_authority ADD COLUMN approval_levels INT;

-- FILED_WITH_SUPERIOR needs more than 16 characters
ALTER TABLE pln_plan MODIFY COLUMN status VARCHAR(24) NOT NULL;

-- plan versions: an amendment is a new row (version_no + 1, amends_id = the version it amends);
-- a version that went through approval never changes its content again.
ALTER TABLE pln_plan ADD COLUMN version_no INT NOT NULL DEFAULT 1;
ALTER TABLE pln_plan ADD COLUMN amends_id BIGINT;
-- the approval path, fixed when the plan is submitted
ALTER TABLE pln_plan ADD COLUMN section_review BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE pln_plan ADD COLUMN approval_levels INT NOT NULL DEFAULT 1;
ALTER TABLE pln_plan ADD COLUMN approvals_done INT NOT NULL DEFAULT 0;
-- 报上一级备案 (domain.md stage A.1)
ALTER TABLE pln_plan ADD COLUMN filed_with VARCHAR(32);
ALTER TABLE pln_plan ADD COLUMN filed_at TIMESTAMP(3);
-- what started a special plan: COMPLAINT (source_ref = complaint id) or, later, QUALITY_WARNING
ALTER TABLE pln_plan ADD COLUMN source_type VARCHAR(24);
ALTER TABLE pln_plan ADD COLUMN source_ref VARCHAR(64);

-- size shares for a stratified draw (percent, all three or none, sum 100)
ALTER TABLE pln_plan_item ADD COLUMN share_large INT;
ALTER TABLE pln_plan_item ADD COLUMN share_medium INT;
ALTER TABLE pln_plan_item ADD COLUMN share_small INT;
-- R3 exemption 突发事件应对; the follow-up exemption is reason = FOLLOW_UP
ALTER TABLE pln_plan_item ADD COLUMN emergency BOOLEAN NOT NULL DEFAULT FALSE;
-- the legal basis of one item when it differs from the plan's (NULL = the plan's)
ALTER TABLE pln_plan_item ADD COLUMN legal_basis VARCHAR(500);
-- an item carried into an amendment keeps the id of the item that was issued (its draws and tasks)
ALTER TABLE pln_plan_item ADD COLUMN origin_item_id BIGINT;

-- one row per stratum of a stratified enterprise draw; inspector re-draws name the draw they replace
ALTER TABLE pln_draw ADD COLUMN stratum VARCHAR(8);
ALTER TABLE pln_draw ADD COLUMN task_code VARCHAR(40);
ALTER TABLE pln_draw ADD COLUMN replaces_draw_id BIGINT;
CREATE INDEX ix_pln_draw_item ON pln_draw (plan_item_id);

CREATE INDEX ix_pln_task_enterprise ON pln_spot_check_task (authority_code, enterprise_code, id);

-- 实施细则 publication
ALTER TABLE pln_rule ADD COLUMN based_on_id BIGINT;
ALTER TABLE pln_rule ADD COLUMN published_by VARCHAR(64);
ALTER TABLE pln_rule ADD COLUMN published_at TIMESTAMP(3);

-- Products checked by an authority, fed by the spot-check process after sampling (ADR 0006).
-- Order 18 art. 8: same product key = (producer, standard, trademark, specification/model).
CREATE TABLE pln_checked_product (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authority_code  VARCHAR(32)   NOT NULL,
    enterprise_code VARCHAR(32)   NOT NULL,
    product_code    VARCHAR(32)   NOT NULL,
    standard_code   VARCHAR(100),
    trademark       VARCHAR(100),
    specification   VARCHAR(200),
    checked_on      DATE          NOT NULL,
    task_code       VARCHAR(40),
    recorded_at     TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_pln_checked_task UNIQUE (task_code)
);
CREATE INDEX ix_pln_checked_key ON pln_checked_product (authority_code, enterprise_code, product_code, checked_on);

-- 投诉举报 that can start a special plan
CREATE TABLE pln_complaint (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authority_code  VARCHAR(32)   NOT NULL,
    received_on     DATE          NOT NULL,
    complainant     VARCHAR(100)  NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    product_code    VARCHAR(32)   NOT NULL,
    enterprise_code VARCHAR(32),
    region_code     CHAR(6)       NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    plan_id         BIGINT,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP(3)  NOT NULL
);
CREATE INDEX ix_pln_complaint_authority ON pln_complaint (authority_code, id);
