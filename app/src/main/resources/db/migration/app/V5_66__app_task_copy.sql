-- 抄送 (issue 8 point 2): readers of a task who can see its case but not act on it.
CREATE TABLE sys_task_copy (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id             VARCHAR(64)   NOT NULL,
    task_name           VARCHAR(255)  NOT NULL,
    process_instance_id VARCHAR(64)   NOT NULL,
    business_key        VARCHAR(255)  NULL,
    recipient           VARCHAR(64)   NOT NULL,
    copied_by           VARCHAR(64)   NOT NULL,
    comment             VARCHAR(500)  NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    read_at             TIMESTAMP(3)  NULL,
    CONSTRAINT uq_task_copy UNIQUE (task_id, recipient)
);
CREATE INDEX ix_task_copy_recipient ON sys_task_copy (recipient, id);
CREATE INDEX ix_task_copy_case ON sys_task_copy (business_key, recipient);
