-- Issue 12 point 7: the sampling record's files are those uploaded by its drawn samplers while the
-- sampling step was open; they are bound to the record when it is sealed (record_id) and never change.
-- A file added after sealing is a separate case document, attributed to its uploader and time.
ALTER TABLE smp_attachment ADD COLUMN record_id BIGINT NULL;
CREATE INDEX ix_smp_attachment_record ON smp_attachment (record_id);

CREATE TABLE smp_case_document (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attachment_id     BIGINT       NOT NULL,
    case_code         VARCHAR(40)  NOT NULL,
    uploaded_by       VARCHAR(64)  NOT NULL,
    uploader_org_type VARCHAR(16),
    uploader_org_code VARCHAR(32),
    uploaded_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_smp_case_document_attachment UNIQUE (attachment_id)
);
CREATE INDEX ix_smp_case_document_case ON smp_case_document (case_code);

-- files uploaded before this version: those up to a record's sealing belong to the first such record,
-- later ones become case documents (their uploader's organisation was not recorded then)
UPDATE smp_attachment SET record_id = (SELECT MIN(r.id) FROM smp_sampling_record r
        WHERE r.task_code = smp_attachment.task_code AND r.recorded_at >= smp_attachment.uploaded_at)
    WHERE record_id IS NULL;
INSERT INTO smp_case_document (attachment_id, case_code, uploaded_by, uploaded_at)
    SELECT a.id, a.task_code, a.uploaded_by, a.uploaded_at FROM smp_attachment a
     WHERE a.record_id IS NULL
       AND EXISTS (SELECT 1 FROM smp_sampling_record r WHERE r.task_code = a.task_code AND r.recorded_at < a.uploaded_at);
