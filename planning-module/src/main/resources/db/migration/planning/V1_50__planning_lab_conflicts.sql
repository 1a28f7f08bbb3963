-- Issue 5 (lab testing), numbered 1_50 so that parallel planning work can take the low numbers.
-- 承检机构利害关系登记: a lab's declared conflicts of interest (R21, Order 18 art. 14): while on a task
-- it must not hold paid service contracts or commissioned tests with the sampled enterprise for the same
-- kind of product. A lab with a declared conflict for an enterprise and product is never assigned to
-- a plan item whose enterprises may include that one.
CREATE TABLE pln_lab_conflict (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lab_code        VARCHAR(32)   NOT NULL,
    enterprise_code VARCHAR(32)   NOT NULL,
    product_code    VARCHAR(32)   NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    declared_by     VARCHAR(64)   NOT NULL,
    declared_at     TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_pln_lab_conflict UNIQUE (lab_code, enterprise_code, product_code)
);
CREATE INDEX ix_pln_lab_conflict_lab ON pln_lab_conflict (lab_code, product_code);
