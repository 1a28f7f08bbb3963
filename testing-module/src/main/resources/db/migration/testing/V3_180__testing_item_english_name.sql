-- Issue 17: English pages named the lab's test items in Chinese. A test item carries the English name of its rule
-- item (planning's pln_rule_item.name_en), copied with the rest of the item when the sample goes to the lab; an issued
-- report's frozen item keeps it too. Documents keep name_zh. Rows from before are filled from the rule items at start
-- (app's ItemEnglishNames, across the modules' APIs: a module's migration touches only its own tables); NULL where
-- the rule no longer names the item, and the page then shows name_zh.
ALTER TABLE tst_test_item ADD COLUMN name_en VARCHAR(200);
ALTER TABLE tst_report_item ADD COLUMN name_en VARCHAR(200);
