-- Issue 19: two planners of one authority issuing overlapping seal ranges at the same instant. The overlap check reads
-- the ranges in force and then inserts, so two issues that both read before either commits would both pass. Each issue
-- first takes this row of its authority with SELECT ... FOR UPDATE NOWAIT: the first holds it until its commit, and a
-- second issue at that instant is refused at once (409 SEAL_RANGE_BUSY) instead of inserting a range that overlaps.
-- One row per authority (the overlap rule is per series, and a series is the authority's prefix); issued_count counts
-- the ranges issued through the lock, so the row is written in the same transaction as the range.
CREATE TABLE smp_seal_range_lock (
    authority_code VARCHAR(32) NOT NULL PRIMARY KEY,
    issued_count   BIGINT      NOT NULL
);

INSERT INTO smp_seal_range_lock (authority_code, issued_count)
SELECT authority_code, COUNT(*) FROM smp_seal_range GROUP BY authority_code;
