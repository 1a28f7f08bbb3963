-- Demo registers: two city authorities and their province, six enterprises, eight inspectors, two labs.
-- Suzhou (AUTH-320500) approves plans in two director levels; Nanjing uses the default (one).
-- Fictional names; the unified social credit codes carry valid GB 32100-2015 check characters.
-- Loaded once by the app's demo-data loader when demo data is switched on (never a migration).

INSERT INTO pln_authority (code, name, region_code, level, parent_code) VALUES ('AUTH-320000', '江苏省市场监督管理局', '320000', 'PROVINCIAL', NULL);
INSERT INTO pln_authority (code, name, region_code, level, parent_code) VALUES ('AUTH-320100', '南京市市场监督管理局', '320100', 'CITY', 'AUTH-320000');
INSERT INTO pln_authority (code, name, region_code, level, parent_code, approval_levels) VALUES ('AUTH-320500', '苏州市市场监督管理局', '320500', 'CITY', 'AUTH-320000', 2);

INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes) VALUES ('ENT-A', '南京绿洁塑料制品有限公司', '91320102MA1X7A1B2U', '南京市玄武区龙蟠路88号', '320102', '塑料制品', 'SMALL', 'PLASTIC_BAG,TISSUE_PAPER');
INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes) VALUES ('ENT-B', '南京白云纸业有限公司', '91320104MA1Y8B2C34', '南京市秦淮区中华路166号', '320104', '造纸和纸制品', 'MEDIUM', 'PLASTIC_BAG,TISSUE_PAPER');
INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes) VALUES ('ENT-C', '南京康宝童装有限公司', '91320106MA1W9C3D4L', '南京市鼓楼区中山北路301号', '320106', '纺织服装', 'LARGE', 'CHILD_APPAREL,PLASTIC_BAG');
INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes) VALUES ('ENT-D', '苏州捷安电动车有限公司', '91320505MA1W1D4E5X', '苏州市虎丘区长江路12号', '320505', '电动车辆', 'LARGE', 'E_BIKE');
INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes) VALUES ('ENT-E', '苏州美厨电器有限公司', '91320506MA1U2E5F6J', '苏州市吴中区东吴北路56号', '320506', '家用电器', 'MEDIUM', 'ELECTRIC_KETTLE');
INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes) VALUES ('ENT-F', '苏州洁柔纸品有限公司', '91320507MA1T3F6G77', '苏州市相城区阳澄湖大道9号', '320507', '造纸和纸制品', 'SMALL', 'TISSUE_PAPER,ELECTRIC_KETTLE');

INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-01', '张伟', 'AUTH-320100', '320100', 'sampler-a', '行政执法证 320100-0101', '');
INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-02', '李娜', 'AUTH-320100', '320100', 'sampler-b', '行政执法证 320100-0102', '');
INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-05', '陈晨', 'AUTH-320100', '320100', 'sampler-c', '行政执法证 320100-0103', '');
INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-06', '杨帆', 'AUTH-320100', '320100', 'sampler-d', '行政执法证 320100-0104', '');
INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-03', '王强', 'AUTH-320500', '320500', 'sampler-sz1', '行政执法证 320500-0201', '');
INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-04', '赵敏', 'AUTH-320500', '320500', 'sampler-sz2', '行政执法证 320500-0202', 'ENT-D');
INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-07', '孙浩', 'AUTH-320500', '320500', 'sampler-sz3', '行政执法证 320500-0203', '');
INSERT INTO pln_inspector (code, name, authority_code, region_code, username, qualifications, conflicts) VALUES ('INS-08', '周婷', 'AUTH-320500', '320500', 'sampler-sz4', '行政执法证 320500-0204', '');

INSERT INTO pln_lab (code, name, accreditation_no, region_code, address, product_codes, capacity) VALUES ('LAB1', '江苏省产品质量监督检验研究院（示例）', 'CMA 190000000001', '320100', '南京市建邺区江东中路100号', 'PLASTIC_BAG,TISSUE_PAPER,CHILD_APPAREL,E_BIKE,ELECTRIC_KETTLE', 400);
INSERT INTO pln_lab (code, name, accreditation_no, region_code, address, product_codes, capacity) VALUES ('LAB2', '苏州市产品质量监督检验所（示例）', 'CMA 190000000002', '320500', '苏州市姑苏区人民路200号', 'PLASTIC_BAG,TISSUE_PAPER,ELECTRIC_KETTLE,E_BIKE', 250);

-- English names for English pages (issue 17, brief bil17; our translation; V1_100 sets the same on databases seeded before).
UPDATE pln_authority SET name_en = 'Jiangsu Provincial Administration for Market Regulation' WHERE code = 'AUTH-320000';
UPDATE pln_authority SET name_en = 'Nanjing Administration for Market Regulation' WHERE code = 'AUTH-320100';
UPDATE pln_authority SET name_en = 'Suzhou Administration for Market Regulation' WHERE code = 'AUTH-320500';
UPDATE pln_lab SET name_en = 'Jiangsu Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB1';
UPDATE pln_lab SET name_en = 'Suzhou Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB2';
