-- Issue 17.4: the plans list pages newest first within an authority, by year, and looks plans up by an item's product or region.
CREATE INDEX ix_pln_plan_authority_year ON pln_plan (authority_code, plan_year);
CREATE INDEX ix_pln_plan_item_product ON pln_plan_item (product_code, plan_id);
CREATE INDEX ix_pln_plan_item_region ON pln_plan_item (region_code, plan_id);
