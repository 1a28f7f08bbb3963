-- Issue 17 (brief bil17): the English result-entry form and API showed a test item's method (and, for some items, its
-- requirement and unit) in Chinese. A test item carries its rule item's English wording of them, copied with the rest
-- of the item when the sample goes to the lab (planning's pln_rule_item.method_en, display_en, unit_en: V1_95, V1_100);
-- an issued report's frozen item keeps the method's and the unit's (its English requirement is limit_display_en).
-- NULL: the rule gave none (or the sample went to the lab before), and English pages show the Chinese method, the
-- requirement made from the limit, the unit as written. Documents keep method / display / unit_zh.
ALTER TABLE tst_test_item ADD COLUMN method_en VARCHAR(300);
ALTER TABLE tst_test_item ADD COLUMN display_en VARCHAR(300);
ALTER TABLE tst_test_item ADD COLUMN unit_en VARCHAR(64);
ALTER TABLE tst_report_item ADD COLUMN method_en VARCHAR(300);
ALTER TABLE tst_report_item ADD COLUMN unit_en VARCHAR(64);
