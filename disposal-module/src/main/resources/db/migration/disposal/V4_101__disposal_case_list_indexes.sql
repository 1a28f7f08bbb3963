-- The result-handling list searched and paged in the database (issue 17.4): newest first within an
-- authority, and by the day opened.
CREATE INDEX ix_dsp_case_authority ON dsp_case (authority_code, id);
CREATE INDEX ix_dsp_case_opened ON dsp_case (opened_at);
