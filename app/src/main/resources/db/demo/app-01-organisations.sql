-- Demo organisations of the accounts (sys_organisation): the authorities, labs and enterprises of the demo registers.
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('AUTH-320000', 'AUTHORITY', '江苏省市场监督管理局', '320000', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('AUTH-320100', 'AUTHORITY', '南京市市场监督管理局', '320100', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('AUTH-320500', 'AUTHORITY', '苏州市市场监督管理局', '320500', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('LAB1', 'LAB', '江苏省产品质量监督检验研究院（示例）', '320100', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('LAB2', 'LAB', '苏州市产品质量监督检验所（示例）', '320500', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('ENT-A', 'ENTERPRISE', '南京绿洁塑料制品有限公司', '320102', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('ENT-B', 'ENTERPRISE', '南京白云纸业有限公司', '320104', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('ENT-C', 'ENTERPRISE', '南京康宝童装有限公司', '320106', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('ENT-D', 'ENTERPRISE', '苏州捷安电动车有限公司', '320505', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('ENT-E', 'ENTERPRISE', '苏州美厨电器有限公司', '320506', 'demo');
INSERT INTO sys_organisation (code, org_type, name, region_code, created_by) VALUES ('ENT-F', 'ENTERPRISE', '苏州洁柔纸品有限公司', '320507', 'demo');

-- Letterheads of the official documents (ADR 0021): addresses (demo) and the 文号 prefixes.
UPDATE sys_organisation SET address = '南京市鼓楼区北京西路70号（示例）', doc_prefix = '苏市监' WHERE code = 'AUTH-320000';
UPDATE sys_organisation SET address = '南京市建邺区江东中路265号（示例）', doc_prefix = '宁市监' WHERE code = 'AUTH-320100';
UPDATE sys_organisation SET address = '苏州市姑苏区三香路998号（示例）', doc_prefix = '苏州市监' WHERE code = 'AUTH-320500';
UPDATE sys_organisation SET address = '南京市建邺区江东中路100号' WHERE code = 'LAB1';
UPDATE sys_organisation SET address = '苏州市姑苏区人民路200号' WHERE code = 'LAB2';
UPDATE sys_organisation SET address = '南京市玄武区龙蟠路88号' WHERE code = 'ENT-A';
UPDATE sys_organisation SET address = '南京市秦淮区中华路166号' WHERE code = 'ENT-B';
UPDATE sys_organisation SET address = '南京市鼓楼区中山北路301号' WHERE code = 'ENT-C';
UPDATE sys_organisation SET address = '苏州市虎丘区长江路12号' WHERE code = 'ENT-D';
UPDATE sys_organisation SET address = '苏州市吴中区东吴北路56号' WHERE code = 'ENT-E';
UPDATE sys_organisation SET address = '苏州市相城区阳澄湖大道9号' WHERE code = 'ENT-F';

-- English names for English pages, announcements and the public feed (issue 17, brief bil17; our translation; V5_220
-- sets the same on databases seeded before). Enterprises keep their registered Chinese name on English pages (a proper
-- noun, the legal name): none is given here.
UPDATE sys_organisation SET name_en = 'Jiangsu Provincial Administration for Market Regulation' WHERE code = 'AUTH-320000';
UPDATE sys_organisation SET name_en = 'Nanjing Administration for Market Regulation' WHERE code = 'AUTH-320100';
UPDATE sys_organisation SET name_en = 'Suzhou Administration for Market Regulation' WHERE code = 'AUTH-320500';
UPDATE sys_organisation SET name_en = 'Jiangsu Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB1';
UPDATE sys_organisation SET name_en = 'Suzhou Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB2';
