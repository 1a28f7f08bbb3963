-- Issue 17: a rule's texts in the reader's language. The existing columns (sampling_base, judgment_text,
-- standard_clause, method) hold the Chinese wording, which pages in Chinese and the official documents
-- (检验报告, 抽样单) show. These columns hold the English wording for the English pages; NULL where the rule
-- has none (an imported or hand-entered rule), and then the English page shows the Chinese text.
ALTER TABLE pln_rule ADD COLUMN sampling_base_en VARCHAR(500);
ALTER TABLE pln_rule ADD COLUMN judgment_text_en VARCHAR(2000);
ALTER TABLE pln_rule_item ADD COLUMN standard_clause_en VARCHAR(300);
ALTER TABLE pln_rule_item ADD COLUMN method_en VARCHAR(300);
