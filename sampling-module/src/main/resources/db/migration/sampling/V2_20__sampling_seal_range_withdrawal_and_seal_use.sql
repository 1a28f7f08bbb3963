-- Issue 19: seal ranges are issued and withdrawn by the authority's planners, and a seal is used once.
-- Sealing (封样): the test and the backup portions are each sealed separately with tamper-evident seals (防拆封措施):
-- Order 133 (S3) arts. 20-21 [V], carried into Order 18 (SAMR Order No. 18, sampling chapter, article not verified;
-- domain.md stage D). A seal that closed one portion cannot close another, so a seal number of an authority appears
-- on one portion of one sampling record only.

-- a withdrawn range allows no new seal; the seals used from it before stay valid on their records
ALTER TABLE smp_seal_range ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE smp_seal_range ADD COLUMN withdrawn_at TIMESTAMP(3);

-- one row per seal used, the seal number stripped and in upper case (MySQL compares case-insensitively, H2 does not):
-- the unique key refuses a second use even when two forms with the same seal are saved at the same moment
CREATE TABLE smp_seal_use (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authority_code VARCHAR(32)  NOT NULL,
    seal_number    VARCHAR(64)  NOT NULL,
    record_id      BIGINT       NOT NULL,
    portion_kind   VARCHAR(8)   NOT NULL,
    used_at        TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_smp_seal_use UNIQUE (authority_code, seal_number),
    CONSTRAINT fk_smp_seal_use_record FOREIGN KEY (record_id) REFERENCES smp_sampling_record (id)
);
CREATE INDEX ix_smp_seal_use_record ON smp_seal_use (record_id);

-- the seals of the records kept so far: each number once, on the oldest record that used it (an older database may
-- hold a number twice; that record stays as it is, and no new record may use the number again)
INSERT INTO smp_seal_use (authority_code, seal_number, record_id, portion_kind, used_at)
SELECT u.authority_code, u.seal_number, u.record_id,
       CASE WHEN UPPER(TRIM(r.test_seal_number)) = u.seal_number THEN 'TEST' ELSE 'BACKUP' END, r.recorded_at
  FROM (SELECT s.authority_code, s.seal_number, MIN(s.record_id) AS record_id
          FROM (SELECT authority_code, UPPER(TRIM(test_seal_number)) AS seal_number, id AS record_id FROM smp_sampling_record
                UNION ALL
                SELECT authority_code, UPPER(TRIM(backup_seal_number)) AS seal_number, id AS record_id FROM smp_sampling_record) s
         GROUP BY s.authority_code, s.seal_number) u
  JOIN smp_sampling_record r ON r.id = u.record_id;
