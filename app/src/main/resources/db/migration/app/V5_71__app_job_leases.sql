-- Scheduled jobs run once across nodes (issue 15 point 1, ADR 0015): a node runs a job only while it
-- holds the job's lease, taken by one conditional UPDATE (the row lock makes the test-and-set atomic).
-- A lease expires by itself, so a node killed while holding one blocks the job at most until locked_until.
CREATE TABLE sys_job_lease (
    name         VARCHAR(64)  NOT NULL,
    owner        VARCHAR(128) NULL,
    locked_until TIMESTAMP(3) NOT NULL,
    last_run_at  TIMESTAMP(3) NULL,
    runs         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_sys_job_lease PRIMARY KEY (name)
);
INSERT INTO sys_job_lease (name, owner, locked_until, runs) VALUES ('mail-dispatcher', NULL, TIMESTAMP '2000-01-01 00:00:00', 0);
INSERT INTO sys_job_lease (name, owner, locked_until, runs) VALUES ('task-deadline-sweep', NULL, TIMESTAMP '2000-01-01 00:00:00', 0);
INSERT INTO sys_job_lease (name, owner, locked_until, runs) VALUES ('audit-retention', NULL, TIMESTAMP '2000-01-01 00:00:00', 0);
