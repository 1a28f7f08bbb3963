-- Quality-warning rules are edited with an optimistic version and deactivated rather than deleted:
-- the warnings a rule raised keep pointing at it.
ALTER TABLE dsp_warning_rule ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE dsp_warning_rule ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE dsp_warning_rule ADD COLUMN updated_at TIMESTAMP(3);
