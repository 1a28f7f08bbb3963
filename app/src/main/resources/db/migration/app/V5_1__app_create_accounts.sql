-- app (sys_): accounts with roles and organisation, and the one-winner guard of task completion.

CREATE TABLE sys_user (
    username      VARCHAR(64)   NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200)  NOT NULL,
    display_name  VARCHAR(100)  NOT NULL,
    org_code      VARCHAR(32)   NOT NULL,
    org_type      VARCHAR(16)   NOT NULL,
    region_code   CHAR(6)       NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    created_at    TIMESTAMP(3)  NOT NULL
);

CREATE TABLE sys_user_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_sys_user_role_user FOREIGN KEY (username) REFERENCES sys_user (username)
);

-- One row per completed workflow task. Its primary key makes concurrent completions of one task
-- serialise: the first commits, the others fail on the key and get HTTP 409.
CREATE TABLE sys_task_completion (
    task_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    task_key     VARCHAR(64)  NOT NULL,
    process_instance_id VARCHAR(64) NOT NULL,
    completed_by VARCHAR(64)  NOT NULL,
    completed_at TIMESTAMP(3) NOT NULL
);
