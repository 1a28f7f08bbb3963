-- Issue 17 (brief bil17): English pages, announcements and the public feed named the labs and authorities in Chinese
-- (or, an announcement, left the lab out), and showed a rule item's requirement (display, an enumeration's allowed
-- values) and some units in Chinese. The Chinese columns stay what documents and Chinese pages show.
--   name_en    (pln_authority, pln_lab): the name in English, optional; NULL: English pages show the Chinese name
--   display_en (pln_rule_item): the requirement worded in English where the Chinese display or allowed values have no
--              English of their own; NULL: English pages make it from the limit
--   unit_en    (pln_rule_item): the unit in English where the unit column has Chinese in it (级 (grade)); NULL: the unit
ALTER TABLE pln_authority ADD COLUMN name_en VARCHAR(200);
ALTER TABLE pln_lab ADD COLUMN name_en VARCHAR(200);
ALTER TABLE pln_rule_item ADD COLUMN display_en VARCHAR(300);
ALTER TABLE pln_rule_item ADD COLUMN unit_en VARCHAR(64);

-- Databases seeded with the demo registers before: the demo organisations' English names (our translation, each matched
-- by its Chinese name so that a real register entry with the same code is left alone).
UPDATE pln_authority SET name_en = 'Jiangsu Provincial Administration for Market Regulation' WHERE code = 'AUTH-320000' AND name = '江苏省市场监督管理局' AND name_en IS NULL;
UPDATE pln_authority SET name_en = 'Nanjing Administration for Market Regulation' WHERE code = 'AUTH-320100' AND name = '南京市市场监督管理局' AND name_en IS NULL;
UPDATE pln_authority SET name_en = 'Suzhou Administration for Market Regulation' WHERE code = 'AUTH-320500' AND name = '苏州市市场监督管理局' AND name_en IS NULL;
UPDATE pln_lab SET name_en = 'Jiangsu Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB1' AND name = '江苏省产品质量监督检验研究院（示例）' AND name_en IS NULL;
UPDATE pln_lab SET name_en = 'Suzhou Institute of Product Quality Supervision and Inspection (demo)' WHERE code = 'LAB2' AND name = '苏州市产品质量监督检验所（示例）' AND name_en IS NULL;

-- The demo rules' requirements and units in English (OUR TRANSLATION; docs/tools/gen_demo_rules_sql.py --print-updates,
-- tables OUR_EN_DISPLAY / OUR_EN_UNIT), each matched by the Chinese wording it translates. A translation, not a change
-- of the requirement: published versions get it too.
UPDATE pln_rule_item SET display_en = 'Thickness ≥ 0.025 mm' WHERE code = 'PB-02' AND display = '厚度 ≥ 0.025 mm' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Length and width deviation ±2% (illustrative)' WHERE code = 'PB-03' AND display = '长、宽偏差 ±2%（示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Nominal load < 6 kg: ≥ 6.0 N/15mm' WHERE code = 'PB-07' AND display = '公称承重 < 6 kg: ≥ 6.0 N/15mm' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Unbroken specimens ≥ 8 (of 10)' WHERE code = 'PB-08' AND display = '不破裂数 ≥ 8 个' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Not detectable' WHERE code = 'TP-02' AND limit_type = 'ENUMERATION' AND limit_text = '不得检出' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Not detectable' WHERE code = 'TP-03' AND limit_type = 'ENUMERATION' AND limit_text = '不得检出' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Not detectable' WHERE code = 'TP-04' AND limit_type = 'ENUMERATION' AND limit_text = '不得检出' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Not detectable' WHERE code = 'TP-05' AND limit_type = 'ENUMERATION' AND limit_text = '不得检出' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'None' WHERE code = 'TP-08' AND limit_type = 'ENUMERATION' AND limit_text = '无' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Ash ≤ 1.0% (wood pulp, illustrative)' WHERE code = 'TP-09' AND display = '灰分 ≤ 1.0%（木浆，示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = '≥ 20 mm/100s (illustrative)' WHERE code = 'TP-10' AND display = '≥ 20 mm/100s（示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = '≥ 2.00 N·m/g (illustrative)' WHERE code = 'TP-11' AND display = '≥ 2.00 N·m/g（示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = '≥ 8.0 N/m (illustrative)' WHERE code = 'TP-12' AND display = '≥ 8.0 N/m（示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class A ≤ 20 mg/kg' WHERE code = 'CA-01' AND display = 'A类 ≤ 20 mg/kg' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class A 4.0–7.5' WHERE code = 'CA-02' AND display = 'A类 4.0～7.5' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Banned (≤ 20 mg/kg of each carcinogenic aromatic amine counts as not used)' WHERE code = 'CA-03' AND display = '禁用（每种致癌芳香胺 ≤ 20 mg/kg 视为未使用）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class A ≥ grade 3-4' WHERE code = 'CA-04' AND display = 'A类 ≥ 3-4级' AND display_en IS NULL;
UPDATE pln_rule_item SET unit_en = 'grade' WHERE code = 'CA-04' AND unit = '级 (grade)' AND unit_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class A ≥ grade 3-4' WHERE code = 'CA-05' AND display = 'A类 ≥ 3-4级' AND display_en IS NULL;
UPDATE pln_rule_item SET unit_en = 'grade' WHERE code = 'CA-05' AND unit = '级 (grade)' AND unit_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class A ≥ grade 3-4' WHERE code = 'CA-06' AND display = 'A类 ≥ 3-4级' AND display_en IS NULL;
UPDATE pln_rule_item SET unit_en = 'grade' WHERE code = 'CA-06' AND unit = '级 (grade)' AND unit_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class A ≥ grade 4' WHERE code = 'CA-07' AND display = 'A类 ≥ 4级' AND display_en IS NULL;
UPDATE pln_rule_item SET unit_en = 'grade' WHERE code = 'CA-07' AND unit = '级 (grade)' AND unit_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class A ≥ grade 3 (dark shades ≥ grade 2-3)' WHERE code = 'CA-08' AND display = 'A类 ≥ 3级（深色 ≥ 2-3级）' AND display_en IS NULL;
UPDATE pln_rule_item SET unit_en = 'grade' WHERE code = 'CA-08' AND unit = '级 (grade)' AND unit_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Infants (class A) ≥ grade 4; classes B and C not assessed' WHERE code = 'CA-09' AND display = '婴幼儿（A类）≥ 4级；B、C类不考核' AND display_en IS NULL;
UPDATE pln_rule_item SET unit_en = 'grade' WHERE code = 'CA-09' AND unit = '级 (grade)' AND unit_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Labelled fibre content ±5 percentage points (illustrative)' WHERE code = 'CA-10' AND display = '标注含量允差 ±5%（示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = '≤ 0.1%' WHERE code = 'CA-13' AND display = '≤ 0.1%' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Largest dimension > 6 mm: ≥ 70 N (illustrative)' WHERE code = 'CA-14' AND display = '最大尺寸 > 6 mm: ≥ 70 N（示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = '≤ 25 km/h; above 25 km/h the motor gives no assistance' WHERE code = 'EB-01' AND display = '≤ 25 km/h；电助动超过 25 km/h 时电机不得输出动力' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Dry braking distance from 25 km/h ≤ 7 m (illustrative)' WHERE code = 'EB-02' AND display = '干态 25 km/h 制动距离 ≤ 7 m（示意）' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Continuous warning above 15 km/h, sound pressure level 55–62 dB(A)' WHERE code = 'EB-10' AND display = '车速超过 15 km/h 时持续提示，声压级 55～62 dB(A)' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Heating appliances with rated power input > 200 W: +5% / -10%' WHERE code = 'EK-03' AND display = '额定输入功率 > 200 W 的电热器具：+5% / -10%' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class I portable appliances: leakage current ≤ 0.75 mA; no breakdown in the electric strength test' WHERE code = 'EK-05' AND display = 'I类便携式器具泄漏电流 ≤ 0.75 mA；电气强度试验无击穿' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Class I portable appliances: leakage current ≤ 0.75 mA (illustrative); no breakdown in the electric strength test' WHERE code = 'EK-07' AND display = 'I类便携式器具泄漏电流 ≤ 0.75 mA（示意）；电气强度试验无击穿' AND display_en IS NULL;
UPDATE pln_rule_item SET display_en = 'Earth resistance ≤ 0.1 Ω (illustrative)' WHERE code = 'EK-14' AND display = '接地电阻 ≤ 0.1 Ω（示意）' AND display_en IS NULL;
