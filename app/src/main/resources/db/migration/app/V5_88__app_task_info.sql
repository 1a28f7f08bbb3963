-- The inbox's read model (ADR 0014, issue 14.1): the business columns of a process instance that the
-- inbox filters on and that never change while the instance runs. One row per process instance with an
-- open or past user task, written by TaskInfoRecorder on TASK_CREATED (insert if missing) and backfilled
-- for the running instances by V5_89. The task's own state (assignee, owner, due date, name) is never
-- copied here: the inbox reads it live from ACT_RU_TASK.
CREATE TABLE sys_task_info (
    process_instance_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    product_code        VARCHAR(64)  NULL,
    region_code         VARCHAR(16)  NULL,
    created_at          TIMESTAMP(3) NOT NULL
);
-- the product and region filters; the inbox joins the read model by its key from the task
CREATE INDEX ix_task_info_product ON sys_task_info (product_code, process_instance_id);
CREATE INDEX ix_task_info_region ON sys_task_info (region_code, process_instance_id);
