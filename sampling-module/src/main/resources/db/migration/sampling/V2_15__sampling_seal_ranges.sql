-- Issue 19: numbered seals (封条) issued to each sampler before he goes out. A seal number is the
-- series prefix followed by exactly `digits` digits, e.g. NJ2026-000123. The numbers a sampling form
-- gives for its test and backup portions must lie in a range issued to one of the samplers present
-- when they belong to a series of the authority (S3 art. 19: the sample is sealed by the samplers with
-- the authority's seals); the offline sampling app checks the same ranges, downloaded with the cases.
CREATE TABLE smp_seal_range (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authority_code   VARCHAR(32)  NOT NULL,
    sampler_username VARCHAR(64)  NOT NULL,
    prefix           VARCHAR(16)  NOT NULL,
    first_number     BIGINT       NOT NULL,
    last_number      BIGINT       NOT NULL,
    digits           INT          NOT NULL,
    issued_by        VARCHAR(64)  NOT NULL,
    issued_at        TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_smp_seal_range_authority ON smp_seal_range (authority_code, prefix);
CREATE INDEX ix_smp_seal_range_sampler ON smp_seal_range (sampler_username);
