-- 一公开 redaction review (脱敏审核, issue 6): the reviewer withholds whole fields, each with a reason;
-- the texts stay as prepared (for the authority's record) and the public sees "withheld" instead.
-- prepared_by: who wrote the text (the province officer of an announcement; NULL when the system
-- drafted a result); the reviewer must be someone else.
ALTER TABLE dsp_publication ADD COLUMN prepared_by VARCHAR(64);

CREATE TABLE dsp_publication_redaction (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    publication_id BIGINT        NOT NULL,
    field          VARCHAR(32)   NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    redacted_by    VARCHAR(64)   NOT NULL,
    redacted_at    TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_dsp_publication_redaction FOREIGN KEY (publication_id) REFERENCES dsp_publication (id),
    CONSTRAINT uk_dsp_publication_redaction UNIQUE (publication_id, field)
);
