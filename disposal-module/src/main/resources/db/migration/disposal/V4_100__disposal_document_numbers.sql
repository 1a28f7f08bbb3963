-- The 文号 of the authority's documents (issue 17.3, ADR 0021), given when the document is issued and
-- printed on it ever after: the result notice (宁市监抽〔2026〕12号), the rectification order and the
-- referral letter. Allocated from sys_document_number in the same transaction.
ALTER TABLE dsp_case ADD COLUMN notice_doc_no VARCHAR(40);
ALTER TABLE dsp_rectification ADD COLUMN doc_no VARCHAR(40);
ALTER TABLE dsp_referral ADD COLUMN doc_no VARCHAR(40);
