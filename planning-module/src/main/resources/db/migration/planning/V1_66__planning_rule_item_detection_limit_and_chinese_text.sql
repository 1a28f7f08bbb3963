-- Issue 12 point 1: what a rule item needs to judge a result below the detection limit, and the
-- Chinese wording that documents and Chinese pages show.
--   detection_limit: the method's 检出限 in the item's unit (null: the rule states none; the lab
--                    must then write it with the result, e.g. 未检出（<0.01）)
--   nd_required:     不得检出 is the requirement (GB 15979-2002 microbes, for example)
--   value_zh:        Chinese wording of a qualitative requirement written in English
--   unit_zh:         Chinese wording of a unit written in English
ALTER TABLE pln_rule_item ADD COLUMN detection_limit DECIMAL(20,6);
ALTER TABLE pln_rule_item ADD COLUMN nd_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE pln_rule_item ADD COLUMN value_zh VARCHAR(1000);
ALTER TABLE pln_rule_item ADD COLUMN unit_zh VARCHAR(64);

-- Items whose only allowed value is 不得检出 already say so in their text.
UPDATE pln_rule_item SET nd_required = TRUE WHERE limit_type = 'ENUMERATION' AND limit_text = '不得检出';
