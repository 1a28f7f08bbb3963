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
