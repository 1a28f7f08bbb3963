-- Issue 12 point 1: the snapshot of a rule item carries its detection limit (检出限, in the item's
-- unit), whether 不得检出 is the requirement, and the Chinese wording of the requirement and unit
-- (planning's pln_rule_item, copied when the sample goes to the lab).
ALTER TABLE tst_test_item ADD COLUMN detection_limit DECIMAL(20,6);
ALTER TABLE tst_test_item ADD COLUMN nd_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tst_test_item ADD COLUMN value_zh VARCHAR(1000);
ALTER TABLE tst_test_item ADD COLUMN unit_zh VARCHAR(64);
UPDATE tst_test_item SET nd_required = TRUE WHERE limit_type = 'ENUMERATION' AND limit_text = '不得检出';

-- An issued report freezes what it states: the Chinese unit, the detection limit it was judged with,
-- and the English requirement for the English pages (limit_display stays the Chinese one).
ALTER TABLE tst_report_item ADD COLUMN unit_zh VARCHAR(64);
ALTER TABLE tst_report_item ADD COLUMN detection_limit DECIMAL(20,6);
ALTER TABLE tst_report_item ADD COLUMN limit_display_en VARCHAR(1000);
