-- app (sys_): organisations of accounts, login state (lockout, initial password, second factor),
-- lab API tokens and the hash-chained audit log (ADR 0006).

-- The organisations accounts belong to: authorities (with their region), labs and enterprises.
CREATE TABLE sys_organisation (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    org_type    VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    region_code CHAR(6)      NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3) NOT NULL
);

-- Accounts that exist already get their organisation (named by its code until the administrator renames it).
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by)
SELECT org_code, MIN(org_type), org_code, MIN(region_code), 'migration' FROM sys_user GROUP BY org_code;

-- An initial password must be changed at first login; five failures lock the account for 30 minutes;
-- the TOTP secret (RFC 6238) and the last time step used (no replay within the window).
ALTER TABLE sys_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sys_user ADD COLUMN second_factor_exempt BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sys_user ADD COLUMN failed_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE sys_user ADD COLUMN locked_until TIMESTAMP(3) NULL;
ALTER TABLE sys_user ADD COLUMN password_changed_at TIMESTAMP(3) NULL;
ALTER TABLE sys_user ADD COLUMN totp_secret VARCHAR(64) NULL;
ALTER TABLE sys_user ADD COLUMN totp_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sys_user ADD COLUMN totp_last_step BIGINT NULL;

-- One-time recovery codes of the second factor, as SHA-256 hex of an 80-bit random code.
CREATE TABLE sys_recovery_code (
    username  VARCHAR(64)  NOT NULL,
    code_hash CHAR(64)     NOT NULL,
    used_at   TIMESTAMP(3) NULL,
    PRIMARY KEY (username, code_hash),
    CONSTRAINT fk_sys_recovery_code_user FOREIGN KEY (username) REFERENCES sys_user (username)
);

-- API tokens of labs' systems (LIMS): a random 256-bit token, kept only as its SHA-256 hex.
CREATE TABLE sys_api_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL,
    name       VARCHAR(100) NOT NULL,
    lab_code   VARCHAR(32)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3) NOT NULL,
    expires_at TIMESTAMP(3) NULL,
    revoked_at TIMESTAMP(3) NULL,
    revoked_by VARCHAR(64)  NULL,
    CONSTRAINT uk_sys_api_token_hash UNIQUE (token_hash)
);

-- The audit log: append-only, each row's hash = SHA-256(previous hash | canonical row content).
-- The application has no update or delete path; retention pruning removes only a prefix older than
-- the retention period (>= 180 days) and moves the anchor in sys_audit_head.
CREATE TABLE sys_audit (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3) NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    actor_org   VARCHAR(32)  NULL,
    action      VARCHAR(40)  NOT NULL,
    target      VARCHAR(300) NULL,
    outcome     VARCHAR(16)  NOT NULL,
    http_status INT          NULL,
    remote_addr VARCHAR(64)  NULL,
    detail      VARCHAR(500) NULL,
    prev_hash   CHAR(64)     NOT NULL,
    row_hash    CHAR(64)     NOT NULL
);
CREATE INDEX ix_sys_audit_time ON sys_audit (occurred_at);
CREATE INDEX ix_sys_audit_actor ON sys_audit (actor, occurred_at);

-- The head of the chain (locked by every append, so appends serialise across nodes) and the anchor
-- that verification starts from after pruning.
CREATE TABLE sys_audit_head (
    id          INT      NOT NULL PRIMARY KEY,
    last_seq    BIGINT   NOT NULL,
    last_hash   CHAR(64) NOT NULL,
    anchor_seq  BIGINT   NOT NULL,
    anchor_hash CHAR(64) NOT NULL
);
INSERT INTO sys_audit_head (id, last_seq, last_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');
