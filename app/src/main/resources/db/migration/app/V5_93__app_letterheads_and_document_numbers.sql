-- Official documents (issue 17.3, ADR 0021): an organisation's postal address and the short form of its
-- document numbers (文号 prefix, e.g. 宁市监 for 南京市市场监督管理局, as in 宁市监抽〔2026〕12号).
ALTER TABLE sys_organisation ADD COLUMN address VARCHAR(300);
ALTER TABLE sys_organisation ADD COLUMN doc_prefix VARCHAR(16);

-- The last 文号 given per authority, kind and year; allocated in the document's own transaction
-- (INSERT … ON DUPLICATE KEY UPDATE locks the row until commit, so two documents never share a number).
CREATE TABLE sys_document_number (
    authority_code VARCHAR(32) NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    doc_year       INT         NOT NULL,
    last_no        BIGINT      NOT NULL,
    PRIMARY KEY (authority_code, kind, doc_year)
);
