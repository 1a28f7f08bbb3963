-- Page sessions in the database (issue 15 point 1, ADR 0015): Spring Session JDBC, so any node serves any
-- page session and losing a node logs nobody out. Spring Session's own schema initialisation is off
-- (spring.session.jdbc.initialize-schema=never); these are its MySQL tables under the app's prefix.
-- Spring Session names the attribute table "<table-name>_ATTRIBUTES", hence the upper-case suffix
-- (MariaDB with lower_case_table_names=0 compares table names case-sensitively).
CREATE TABLE sys_session (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100) NULL,
    CONSTRAINT pk_sys_session PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX ix_sys_session_id ON sys_session (SESSION_ID);
CREATE INDEX ix_sys_session_expiry ON sys_session (EXPIRY_TIME);
CREATE INDEX ix_sys_session_principal ON sys_session (PRINCIPAL_NAME);

CREATE TABLE sys_session_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    LONGBLOB     NOT NULL,
    CONSTRAINT pk_sys_session_attributes PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT fk_sys_session_attributes FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES sys_session (PRIMARY_ID) ON DELETE CASCADE
);
