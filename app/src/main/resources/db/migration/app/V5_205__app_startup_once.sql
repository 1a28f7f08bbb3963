-- Review (robust16): start-up work that is done once for good (a back-fill across modules) records here that it is
-- done, so that a later start finds the one row by its key and does nothing, instead of querying the modules' tables
-- again on every start. ItemEnglishNames (issue 17: the English names of the lab's test items copied before V3_180).
CREATE TABLE sys_startup_once (
    name    VARCHAR(64) NOT NULL,
    done_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_sys_startup_once PRIMARY KEY (name)
);
