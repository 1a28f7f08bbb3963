-- Issue 17 (brief bil17): English pages, announcements and the public feed named organisations in Chinese, and an English
-- announcement left its lab out. name_en: the organisation's name in English, optional (the administrator sets it with
-- the letterhead; NULL: English pages show the Chinese name, as they do for enterprises, whose legal name is Chinese).
ALTER TABLE sys_organisation ADD COLUMN name_en VARCHAR(200);

-- Databases seeded with the demo organisations before (our translation, matched by the Chinese name).
UPDATE sys_organisation SET name_en = 'Jiangsu Provincial Administration for Market Regulation' WHERE code = 'AUTH-320000' AND name = '江苏省市场监督管理局' AND name_en IS NULL;
UPDATE sys_organisation SET name_en = 'Nanjing Administration for Market Regulation' WHERE code = 'AUTH-320100' AND name = '南京市市场监督管理局' AND name_en IS NULL;
UPDATE sys_organisation SET name_en = 'Suzhou Administration for Market Regulation' WHERE code = 'AUTH-320500' AND name = '苏州市市场监督管理局' AND name_en IS NULL;
UPDATE sys_organisation SET name_en = 'Jiangsu Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB1' AND name = '江苏省产品质量监督检验研究院（示例）' AND name_en IS NULL;
UPDATE sys_organisation SET name_en = 'Suzhou Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB2' AND name = '苏州市产品质量监督检验所（示例）' AND name_en IS NULL;
