-- The evidence a visit without a sample names (its evidenceIds), so that a referral carries exactly
-- those files; rows from before keep showing every file uploaded to their task.
ALTER TABLE smp_non_sampling ADD COLUMN evidence_ids VARCHAR(500) NULL;
