-- Issue 12 point 5: the enterprise's objection carries its evidence, like the rectification report:
-- ids of files uploaded for the case (the same upload checks as sampling photos), comma-separated.
ALTER TABLE dsp_objection ADD COLUMN evidence_ids VARCHAR(500);
