#!/usr/bin/env python3
"""Generate the demo-data SQL script that seeds the five reference implementation rules.

Reads   /work/shared/data/implementation-rules.yaml   (override with --input)
Writes  planning-module/src/main/resources/db/demo/planning-02-implementation-rules.sql
        (relative to the repository root; override with --output)

Target tables (planning module, V1_1__planning_create_registers_and_plans.sql):
pln_product, pln_rule, pln_rule_item.

Mapping
- pln_product: one row per product; risk_level HIGH if any item is class A, else MEDIUM.
- pln_rule: one ACTIVE rule per product, explicit ids 1..n in file order. Main sampling
  values only (sampling.variants, e.g. infant clothing 4 + 2, are not seeded).
  unit = sampling.unit_zh where given (the sampling form prints it), else sampling.unit.
  judgment_text = product judgment, or conventions.judgment_common when absent.
  rule_version longer than the column (32) loses its trailing parenthetical remark
  ("2020 (Guangzhou AMR, ...)" -> "2020"); a notice is printed and written as a comment.
- pln_rule_item: one row per item, seq 1..n in file order. The main limit applies;
  limit_variants are not seeded (a comment line above the item says so).
  Issue 12 columns (V1_66__planning_rule_item_detection_limit_and_chinese_text.sql):
  value_zh / unit_zh from limit.value_zh / limit.unit_zh; nd_required TRUE for an
  enumeration whose only allowed value is 不得检出; detection_limit from
  limit.detection_limit where the data gives one (it gives none today), else from
  DEMO_DETECTION_LIMITS: a demo value only where the method standard states one, marked
  as not verified against the standard text (CA-01, GB/T 2912.1-2009: 20 mg/kg). Every
  other row has NULL, and a bare 未检出 on a max item needs the lab to write its limit.

SQL is kept portable for H2 2.x (MODE=MySQL) and MariaDB 10.11 / MySQL 8:
one plain INSERT per row, single-quoted strings with ' doubled, no backslashes
(a literal backslash becomes '/'), plain decimal numbers, TRUE/FALSE, NULL.
Control characters in text become spaces. Output is deterministic (no timestamps).

Issue 17 (V1_95__planning_rule_english_texts.sql): each text a page shows is stored in both languages.
The Chinese wording goes to the existing columns (sampling_base, judgment_text, standard_clause, method),
which the Chinese pages and the official documents (检验报告, 抽样单: Chinese only) show; the English
wording goes to sampling_base_en, judgment_text_en, standard_clause_en, method_en for the English pages.
Where the YAML gives one language only, the other is OUR TRANSLATION, not the source's wording: the tables
OUR_ZH_* / OUR_EN_* below hold every such text, and the SQL header says so. A text the tables miss stops
the script (so a YAML change cannot slip English onto a Chinese page). rule_version "illustrative (...)"
is stored as the year of the item list it copies ("2016"); the title already says 示意.

Strings longer than their column are truncated; every truncation is reported on
stderr. Unexpected data (unknown limit type, non-numeric value, ...) stops the script.
"""

import argparse
import os
import re
import sys
from decimal import Decimal

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: apt-get install -y python3-yaml (or pip install pyyaml)")

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_INPUT = "/work/shared/data/implementation-rules.yaml"
DEFAULT_OUTPUT = os.path.join(
    REPO_ROOT, "planning-module", "src", "main", "resources", "db", "demo",
    "planning-02-implementation-rules.sql")

# column sizes from V1_1__planning_create_registers_and_plans.sql
PRODUCT_COLS = {"code": 32, "name_zh": 100, "name_en": 100, "category_zh": 100,
                "industry_zh": 100, "risk_level": 8}
RULE_COLS = {"product_code": 32, "version": 32, "title": 300, "status": 16,
             "unit": 32, "sampling_base": 500, "judgment_text": 2000,
             "sampling_base_en": 500, "judgment_text_en": 2000}
ITEM_COLS = {"code": 32, "name_zh": 200, "name_en": 200, "standard_clause": 300,
             "method": 300, "limit_type": 16, "limit_text": 1000, "unit": 32,
             "display": 300, "item_class": 1, "value_zh": 1000, "unit_zh": 64,
             "standard_clause_en": 300, "method_en": 300, "display_en": 300, "unit_en": 64}
NOT_DETECTABLE = "不得检出"   # the requirement text of a 不得检出 item (GB 15979-2002 microbes)
DECIMAL_SCALE = 6          # DECIMAL(20,6)
DECIMAL_INT_DIGITS = 14

LIMIT_TYPES = ("max", "min", "range", "enumeration", "qualitative")

# ---------------------------------------------------------------------------------------------------
# Issue 17: OUR TRANSLATIONS (not the source's wording). The YAML writes these texts in English only;
# the Chinese below is ours, worded as a rule would word it.
OUR_ZH_SAMPLING_BASE = {
    "not stated; stock on hand must cover the sample": "细则未规定抽样基数；企业待销产品库存量应能满足抽样数量",
    "not stated; stock must cover the sample": "细则未规定抽样基数；企业待销产品库存量应能满足抽样数量",
    "cartons of the batch numbered from 1; 3 cartons drawn by random numbers":
        "对同一批次产品的整箱自1起依次编号，用随机数抽取3箱",
}
OUR_ZH_JUDGMENT_COMMON = (
    "国家监督抽查实施细则通用判定原则（意译）：经检验，检验项目全部符合要求的，检验结论为所检项目未发现不合格；"
    "有一项及以上不符合要求的，判定该产品不合格。产品明示质量要求严于标准要求的，按明示要求判定；"
    "明示要求低于强制性标准要求或者未作明示的，按强制性标准要求判定；明示要求低于推荐性标准要求的，"
    "按明示要求判定；对推荐性标准中的项目未作明示的，该项目不作判定。")
# the product's own judgment text after the common principle; None: the product text only refers to it
OUR_ZH_JUDGMENT = {
    "PLASTIC_BAG": "本细则所列检验项目均为一般项目，不合格的判为一般不合格。",
    "TISSUE_PAPER": "广州市细则另规定：A类项目不合格的，判为严重不合格。",
    "CHILD_APPAREL": "限量要求按标签标注的安全技术类别选定；婴幼儿产品不论标签如何标注，均按A类要求判定。",
    "E_BIKE": None,
    "ELECTRIC_KETTLE": "因未检索到电水壶实施细则原文，本产品的判定原则仅为示例。",
}
# test methods the YAML words (partly) in English: our Chinese wording
OUR_ZH_METHOD = {
    "FZ/T 01057 series; GB/T 2910 series; FZ/T 01101-2008 and others listed in the rule":
        "FZ/T 01057 系列；GB/T 2910 系列；FZ/T 01101-2008 及细则所列其他方法",
    "GB/T 20808-2011 (UV lamp check)": "GB/T 20808-2011（紫外灯检查）",
    "GB/T 21661-2020 (visual check)": "GB/T 21661-2020（目测检查）",
    "GB/T 21661-2020: 500 mL water at 23 ± 2 °C, bag hung level for 1 min, 3 bags":
        "GB/T 21661-2020：袋内装入 23 ± 2 ℃ 的水 500 mL，水平提吊 1 min，试验 3 只",
    "GB/T 9639.1-2008 method A, fixed dart mass, 10 single-layer specimens":
        "GB/T 9639.1-2008 A 法，落镖质量固定，单层试样 10 个",
    "QB/T 2358-1998, 300 ± 50 mm/min, mean of 3 bags": "QB/T 2358-1998，试验速度 300 ± 50 mm/min，取 3 只袋的平均值",
}
# methods and clauses the YAML words (partly) in Chinese: our English wording
OUR_EN_METHOD = {
    "GB 15979-2002 (附录B)": "GB 15979-2002 (Annex B)",
    "GB 31701-2015 (附录)": "GB 31701-2015 (annex)",
}
OUR_ZH_CLAUSE = {
    "GB 31701-2015; GB 18401-2010 (附录C amine list)": "GB 31701-2015；GB 18401-2010（附录C 可分解致癌芳香胺清单）",
    "GB/T 21661-2020 6.5 (method clause)": "GB/T 21661-2020 6.5（试验方法条款）",
}
OUR_EN_CLAUSE = {
    "GB 31701-2015; GB 18401-2010 (附录C amine list)": "GB 31701-2015; GB 18401-2010 (Annex C, list of amines)",
    "GB 17761-2018 (尺寸限值)": "GB 17761-2018 (dimension limits)",
    "GB/T 21661-2020 (尺寸偏差)": "GB/T 21661-2020 (dimensional deviation)",
    "GB/T 21661-2020 (标识)": "GB/T 21661-2020 (marking)",
    "GB/T 21661-2020 (物理力学性能)": "GB/T 21661-2020 (physical and mechanical properties)",
    "GB/T 21661-2020 (环保要求)": "GB/T 21661-2020 (environmental requirements)",
}
# the English judgment text quotes the Chinese conclusions and refers to the YAML's keys: our English for those
OUR_EN_JUDGMENT_WORDS = [
    ('"所检项目未发现不合格"', '"no non-conformity found in the tested items"'),
    ('"不合格"', '"non-conforming"'),
    (" (一般不合格)", ""),
    (" (严重不合格)", ""),
    (" (see conventions.judgment_common)", ""),
]
# brief bil17: the requirement as English pages show it where the YAML words it in Chinese only (limit.display, an
# enumeration's allowed values): OUR TRANSLATION, by item code; the migration V1_100 sets the same texts on databases
# seeded before (--print-updates). A unit with Chinese in it: our English unit (OUR_EN_UNIT).
OUR_EN_DISPLAY = {
    "PB-02": "Thickness ≥ 0.025 mm",
    "PB-03": "Length and width deviation ±2% (illustrative)",
    "PB-07": "Nominal load < 6 kg: ≥ 6.0 N/15mm",
    "PB-08": "Unbroken specimens ≥ 8 (of 10)",
    "TP-02": "Not detectable",
    "TP-03": "Not detectable",
    "TP-04": "Not detectable",
    "TP-05": "Not detectable",
    "TP-08": "None",
    "TP-09": "Ash ≤ 1.0% (wood pulp, illustrative)",
    "TP-10": "≥ 20 mm/100s (illustrative)",
    "TP-11": "≥ 2.00 N·m/g (illustrative)",
    "TP-12": "≥ 8.0 N/m (illustrative)",
    "CA-01": "Class A ≤ 20 mg/kg",
    "CA-02": "Class A 4.0–7.5",
    "CA-03": "Banned (≤ 20 mg/kg of each carcinogenic aromatic amine counts as not used)",
    "CA-04": "Class A ≥ grade 3-4",
    "CA-05": "Class A ≥ grade 3-4",
    "CA-06": "Class A ≥ grade 3-4",
    "CA-07": "Class A ≥ grade 4",
    "CA-08": "Class A ≥ grade 3 (dark shades ≥ grade 2-3)",
    "CA-09": "Infants (class A) ≥ grade 4; classes B and C not assessed",
    "CA-10": "Labelled fibre content ±5 percentage points (illustrative)",
    "CA-13": "≤ 0.1%",
    "CA-14": "Largest dimension > 6 mm: ≥ 70 N (illustrative)",
    "EB-01": "≤ 25 km/h; above 25 km/h the motor gives no assistance",
    "EB-02": "Dry braking distance from 25 km/h ≤ 7 m (illustrative)",
    "EB-10": "Continuous warning above 15 km/h, sound pressure level 55–62 dB(A)",
    "EK-03": "Heating appliances with rated power input > 200 W: +5% / -10%",
    "EK-05": "Class I portable appliances: leakage current ≤ 0.75 mA; no breakdown in the electric strength test",
    "EK-07": "Class I portable appliances: leakage current ≤ 0.75 mA (illustrative); no breakdown in the electric strength test",
    "EK-14": "Earth resistance ≤ 0.1 Ω (illustrative)",
}
OUR_EN_UNIT = {"CA-04": "grade", "CA-05": "grade", "CA-06": "grade", "CA-07": "grade", "CA-08": "grade", "CA-09": "grade"}
OUR_VERSION = {
    "illustrative (item list of the 2016 national e-commerce spot check)": "2016",
}

CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
LATIN_WORD = re.compile(r"(?<![A-Za-z])(?!GB|QB|FZ|mL|mm|min)[A-Za-z]{2,}")


def zh_text(text, where, field):
    """A text for the Chinese pages and documents: no English words (standard codes and units aside)."""
    if text and LATIN_WORD.search(text):
        raise SystemExit("%s: %s has English in its Chinese wording, add it to the OUR_ZH_ tables: %r"
                         % (where, field, text))
    return text


def en_text(text, where, field):
    """A text for the English pages: no Chinese characters."""
    if text and CJK.search(text):
        raise SystemExit("%s: %s has Chinese in its English wording, add it to the OUR_EN_ tables: %r"
                         % (where, field, text))
    return text


def judgment_en(text):
    """The English judgment text without Chinese quotes and without the YAML's key names (OUR_EN_JUDGMENT_WORDS)."""
    for source, ours in OUR_EN_JUDGMENT_WORDS:
        text = text.replace(source, ours)
    return text


def clause_en(text):
    """GB 4706 chapter numbers (第10章) read "clause 10" in English; other words from OUR_EN_CLAUSE."""
    if text in OUR_EN_CLAUSE:
        return OUR_EN_CLAUSE[text]
    return re.sub(r"第(\d+)章", r"clause \1", text)


def two_languages(text, our_zh, our_en, en_fn=None):
    """(zh, en) wording of a text the YAML gives in one language; the other from our tables."""
    text = clean(text or "")
    zh = our_zh.get(text, text)
    en = our_en.get(text) or (en_fn(text) if en_fn else text)
    return zh, en

notices = []   # (where, message); printed to stderr and summarised in the SQL header


def notice(where, message):
    notices.append((where, message))


def clean(text):
    """Normalise text for SQL: no backslashes, no control characters, no outer spaces."""
    text = str(text).replace("\\", "/")
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)
    return text.strip()


def fit(value, size, where, column):
    """Clean a string and truncate it to the column size (characters), noting any cut."""
    if value is None:
        return None
    text = clean(value)
    if len(text) > size:
        notice(where, "%s truncated from %d to %d characters: %r -> %r"
               % (column, len(text), size, text, text[:size]))
        text = text[:size]
    return text


def sql_str(text):
    if text is None:
        return "NULL"
    assert "\\" not in text
    return "'" + text.replace("'", "''") + "'"


def sql_num(value, where, field):
    if value is None:
        return "NULL"
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise SystemExit("%s: %s is not a number: %r" % (where, field, value))
    dec = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not dec.is_finite():
        raise SystemExit("%s: %s is not finite: %r" % (where, field, value))
    text = format(dec, "f")
    if "." in text and len(text.split(".")[1]) > DECIMAL_SCALE:
        raise SystemExit("%s: %s has more than %d decimals: %s" % (where, field, DECIMAL_SCALE, text))
    if len(text.lstrip("-").split(".")[0]) > DECIMAL_INT_DIGITS:
        raise SystemExit("%s: %s too large for DECIMAL(20,6): %s" % (where, field, text))
    return text


def sql_int(value, where, field):
    if value is None:
        return "NULL"
    if isinstance(value, bool) or not isinstance(value, int):
        raise SystemExit("%s: %s is not an integer: %r" % (where, field, value))
    return str(value)


def sql_bool(value, where, field):
    if not isinstance(value, bool):
        raise SystemExit("%s: %s is not true/false: %r" % (where, field, value))
    return "TRUE" if value else "FALSE"


def comment(text):
    """One SQL comment line; keeps it free of backslashes and line breaks."""
    return "-- " + clean(text)


def insert(table, row):
    cols = ", ".join(c for c, _ in row)
    vals = ", ".join(v for _, v in row)
    return "INSERT INTO %s (%s) VALUES (%s);" % (table, cols, vals)


def rule_version(product, where):
    version = clean(product["rule_version"])
    if version in OUR_VERSION:
        notice(where, "rule_version %r stored as %r (OUR_VERSION: no English on Chinese pages)"
               % (version, OUR_VERSION[version]))
        return OUR_VERSION[version]
    size = RULE_COLS["version"]
    if len(version) > size:
        short = re.sub(r"\s*\(.*\)\s*$", "", version).strip()
        if short and len(short) <= size:
            notice(where, "rule_version %r longer than %d characters; stored as %r"
                   % (version, size, short))
            return short
    return fit(version, size, where, "version")


# Demo detection limits for items whose method standard states one and the shared data gives none.
# DEMO VALUES, NOT VERIFIED AGAINST THE STANDARD TEXT: each is the limit the named method standard
# is known to state (from memory of its scope clause); check it before judging real products.
# Only a single-method item is listed (an item tested by two methods has two limits).
DEMO_DETECTION_LIMITS = {
    # CA-01 甲醛含量, method GB/T 2912.1-2009 (水萃取法): detection limit 20 mg/kg, results below it
    # are reported as 未检出. At the limit (≤ 20 mg/kg), so 未检出（<20） passes.
    ("GB/T 2912.1-2009", "CA-01"): 20,
}


def detection_limit(limit, ltype, nd_required, where, item=None):
    """The method's detection limit where the data gives one, else a listed demo value; NULL otherwise."""
    dl = limit.get("detection_limit")
    if dl is None and item is not None:
        dl = DEMO_DETECTION_LIMITS.get(((item.get("method") or "").strip(), item.get("code")))
        if dl is not None:
            notice(where, "detection_limit %s from DEMO_DETECTION_LIMITS (method %s): a demo value, "
                   "not verified against the standard text" % (dl, item.get("method")))
    if dl is None:
        return "NULL"
    text = sql_num(dl, where, "limit.detection_limit")
    if Decimal(text) <= 0:
        raise SystemExit("%s: detection_limit must be above 0" % where)
    if not (ltype == "max" or nd_required):
        raise SystemExit("%s: a detection limit applies to max and 不得检出 items only" % where)
    if ltype == "max" and Decimal(text) > Decimal(sql_num(limit.get("value"), where, "limit.value")):
        raise SystemExit("%s: detection_limit above the limit: 未检出 could never be judged" % where)
    return text


def english_requirement(item, limit, ltype, where):
    """display_en and unit_en (brief bil17): ours where the YAML words the requirement or the unit in Chinese, else None
    (the English page makes the requirement from the limit and shows the unit as written)."""
    code = item["code"]
    needs_display = limit.get("display") is not None or ltype == "enumeration"
    display_en = OUR_EN_DISPLAY.get(code)
    if needs_display and display_en is None:
        raise SystemExit("%s: the requirement is worded in Chinese only, add it to OUR_EN_DISPLAY" % where)
    unit = limit.get("unit")
    unit_en = OUR_EN_UNIT.get(code)
    if unit and CJK.search(unit) and unit_en is None:
        raise SystemExit("%s: the unit %r has Chinese in it, add it to OUR_EN_UNIT" % (where, unit))
    return en_text(display_en, where, "display_en"), en_text(unit_en, where, "unit_en")


def print_updates(data):
    """The UPDATEs of V1_100 for a database seeded before (each matched by its Chinese wording, set only once)."""
    for product in data.get("products") or []:
        for item in product.get("items") or []:
            limit = item.get("limit") or {}
            code = item["code"]
            if code in OUR_EN_DISPLAY:
                if limit.get("display") is not None:
                    match = "display = %s" % sql_str(limit["display"])
                else:
                    match = "limit_type = 'ENUMERATION' AND limit_text = %s" % sql_str("|".join(limit["allowed"]))
                print("UPDATE pln_rule_item SET display_en = %s WHERE code = %s AND %s AND display_en IS NULL;"
                      % (sql_str(OUR_EN_DISPLAY[code]), sql_str(code), match))
            if code in OUR_EN_UNIT:
                print("UPDATE pln_rule_item SET unit_en = %s WHERE code = %s AND unit = %s AND unit_en IS NULL;"
                      % (sql_str(OUR_EN_UNIT[code]), sql_str(code), sql_str(limit["unit"])))


def item_rows(rule_id, seq, item, where, out):
    limit = item.get("limit") or {}
    ltype = limit.get("type")
    if ltype not in LIMIT_TYPES:
        raise SystemExit("%s: unknown limit type %r" % (where, ltype))

    value = limit_min = limit_max = limit_text = "NULL"
    nd_required = False
    if ltype in ("max", "min"):
        value = sql_num(limit.get("value"), where, "limit.value")
    elif ltype == "range":
        limit_min = sql_num(limit.get("min"), where, "limit.min")
        limit_max = sql_num(limit.get("max"), where, "limit.max")
        if Decimal(limit_min) > Decimal(limit_max):
            raise SystemExit("%s: range min > max" % where)
    elif ltype == "enumeration":
        allowed = limit.get("allowed")
        if not isinstance(allowed, list) or not allowed:
            raise SystemExit("%s: enumeration without allowed values" % where)
        parts = [clean(a) for a in allowed]
        if any("|" in p or not p for p in parts):
            raise SystemExit("%s: an allowed value is empty or contains '|': %r" % (where, allowed))
        limit_text = sql_str(fit("|".join(parts), ITEM_COLS["limit_text"], where, "limit_text"))
        nd_required = parts == [NOT_DETECTABLE]
    else:  # qualitative
        text = limit.get("value")
        if not isinstance(text, str) or not text.strip():
            raise SystemExit("%s: qualitative limit without requirement text" % where)
        limit_text = sql_str(fit(text, ITEM_COLS["limit_text"], where, "limit_text"))

    item_class = item.get("class")
    if item_class not in ("A", "B"):
        raise SystemExit("%s: class must be A or B, got %r" % (where, item_class))

    variants = item.get("limit_variants") or []
    if variants:
        applies = "; ".join(clean(v.get("applies_to", "?")) for v in variants)
        out.append(comment("%s: %d limit variant(s) exist (%s) and are not seeded; the main limit applies."
                           % (item["code"], len(variants), applies)))

    clause_zh, clause_en_text = two_languages(item.get("standard_clause"), OUR_ZH_CLAUSE, OUR_EN_CLAUSE, clause_en)
    method_zh, method_en = two_languages(item.get("method"), OUR_ZH_METHOD, OUR_EN_METHOD)
    zh_text(clause_zh, where, "standard_clause")
    zh_text(method_zh, where, "method")
    en_text(clause_en_text, where, "standard_clause_en")
    en_text(method_en, where, "method_en")
    display_en, unit_en = english_requirement(item, limit, ltype, where)

    row = [
        ("rule_id", str(rule_id)),
        ("seq", str(seq)),
        ("code", sql_str(fit(item["code"], ITEM_COLS["code"], where, "code"))),
        ("name_zh", sql_str(fit(item["name_zh"], ITEM_COLS["name_zh"], where, "name_zh"))),
        ("name_en", sql_str(fit(item["name_en"], ITEM_COLS["name_en"], where, "name_en"))),
        ("standard_clause", sql_str(fit(clause_zh, ITEM_COLS["standard_clause"], where, "standard_clause"))),
        ("method", sql_str(fit(method_zh, ITEM_COLS["method"], where, "method"))),
        ("limit_type", sql_str(ltype.upper())),
        ("limit_value", value),
        ("limit_min", limit_min),
        ("limit_max", limit_max),
        ("limit_text", limit_text),
        ("unit", sql_str(fit(limit.get("unit"), ITEM_COLS["unit"], where, "unit"))),
        ("decimals", sql_int(limit.get("decimals"), where, "limit.decimals")),
        ("display", sql_str(fit(limit.get("display"), ITEM_COLS["display"], where, "display"))),
        ("item_class", sql_str(item_class)),
        ("verified", sql_bool(item.get("verified"), where, "verified")),
        ("detection_limit", detection_limit(limit, ltype, nd_required, where, item)),
        ("nd_required", "TRUE" if nd_required else "FALSE"),
        ("value_zh", sql_str(fit(limit.get("value_zh"), ITEM_COLS["value_zh"], where, "value_zh"))),
        ("unit_zh", sql_str(fit(limit.get("unit_zh"), ITEM_COLS["unit_zh"], where, "unit_zh"))),
        ("standard_clause_en", sql_str(fit(clause_en_text, ITEM_COLS["standard_clause_en"], where,
                                           "standard_clause_en"))),
        ("method_en", sql_str(fit(method_en, ITEM_COLS["method_en"], where, "method_en"))),
        ("display_en", sql_str(fit(display_en, ITEM_COLS["display_en"], where, "display_en"))),
        ("unit_en", sql_str(fit(unit_en, ITEM_COLS["unit_en"], where, "unit_en"))),
    ]
    out.append(insert("pln_rule_item", row))


def generate(data):
    products = data.get("products") or []
    if not products:
        raise SystemExit("no products in input")
    judgment_common = (data.get("conventions") or {}).get("judgment_common")

    body = []
    product_codes = set()
    for rule_id, product in enumerate(products, start=1):
        code = product["code"]
        where = code
        if code in product_codes:
            raise SystemExit("duplicate product code %s" % code)
        product_codes.add(code)
        items = product.get("items") or []
        risk = "HIGH" if any(i.get("class") == "A" for i in items) else "MEDIUM"

        body.append("")
        body.append(comment("-" * 72))
        body.append(comment("%s %s (%s): rule id %d, %d items"
                            % (code, clean(product["name_zh"]), clean(product["name_en"]),
                               rule_id, len(items))))
        body.append(insert("pln_product", [
            ("code", sql_str(fit(code, PRODUCT_COLS["code"], where, "code"))),
            ("name_zh", sql_str(fit(product["name_zh"], PRODUCT_COLS["name_zh"], where, "name_zh"))),
            ("name_en", sql_str(fit(product["name_en"], PRODUCT_COLS["name_en"], where, "name_en"))),
            ("category_zh", sql_str(fit(product["category_zh"], PRODUCT_COLS["category_zh"],
                                        where, "category_zh"))),
            ("industry_zh", sql_str(fit(product["industry_zh"], PRODUCT_COLS["industry_zh"],
                                        where, "industry_zh"))),
            ("risk_level", sql_str(risk)),
        ]))

        sampling = product.get("sampling") or {}
        if sampling.get("variants"):
            applies = "; ".join(clean(v.get("applies_to", "?")) for v in sampling["variants"])
            body.append(comment("sampling variants exist (%s) and are not seeded; main portions used."
                                % applies))
        judgment = product.get("judgment")
        if not (isinstance(judgment, str) and judgment.strip()):
            judgment = judgment_common
        elif judgment_common:
            # the product text refers to the common national principles: store both, self-contained
            judgment = judgment_common.strip() + " " + judgment.strip()
        if not judgment:
            raise SystemExit("%s: no judgment text and no conventions.judgment_common" % where)
        if code not in OUR_ZH_JUDGMENT:
            raise SystemExit("%s: no Chinese judgment text in OUR_ZH_JUDGMENT" % where)
        judgment_zh = OUR_ZH_JUDGMENT_COMMON + (OUR_ZH_JUDGMENT[code] or "")
        base_en = clean(sampling.get("base") or "")
        if base_en and base_en not in OUR_ZH_SAMPLING_BASE and LATIN_WORD.search(base_en):
            raise SystemExit("%s: no Chinese sampling base in OUR_ZH_SAMPLING_BASE: %r" % (where, base_en))
        base_zh = OUR_ZH_SAMPLING_BASE.get(base_en, base_en)
        zh_text(base_zh, where, "sampling_base")
        zh_text(judgment_zh, where, "judgment_text")
        en_text(base_en, where, "sampling_base_en")
        judgment = judgment_en(clean(judgment))
        en_text(judgment, where, "judgment_text_en")
        version = rule_version(product, where)
        original_version = clean(product["rule_version"])
        if version != original_version:
            body.append(comment("rule_version in the data: %s" % original_version))

        body.append(insert("pln_rule", [
            ("id", str(rule_id)),
            ("product_code", sql_str(fit(code, RULE_COLS["product_code"], where, "product_code"))),
            ("version", sql_str(version)),
            ("title", sql_str(fit(product["rule_title"], RULE_COLS["title"], where, "title"))),
            ("status", sql_str("ACTIVE")),
            ("test_portion", sql_int(sampling.get("test_portion"), where, "sampling.test_portion")),
            ("backup_portion", sql_int(sampling.get("backup_portion"), where, "sampling.backup_portion")),
            # the sampling form (a Chinese document) prints this unit: the Chinese wording where the data gives one
            ("unit", sql_str(fit(sampling.get("unit_zh") or sampling.get("unit") or "", RULE_COLS["unit"], where, "unit"))),
            ("sampling_base", sql_str(fit(base_zh, RULE_COLS["sampling_base"], where, "sampling_base"))),
            ("judgment_text", sql_str(fit(judgment_zh, RULE_COLS["judgment_text"], where, "judgment_text"))),
            ("sampling_base_en", sql_str(fit(base_en, RULE_COLS["sampling_base_en"], where, "sampling_base_en"))),
            ("judgment_text_en", sql_str(fit(judgment, RULE_COLS["judgment_text_en"], where, "judgment_text_en"))),
        ]))

        item_codes = set()
        for seq, item in enumerate(items, start=1):
            iwhere = "%s/%s" % (code, item.get("code"))
            if item.get("code") in item_codes:
                raise SystemExit("%s: duplicate item code" % iwhere)
            item_codes.add(item.get("code"))
            item_rows(rule_id, seq, item, iwhere, body)

    n_items = sum(len(p.get("items") or []) for p in products)
    header = [
        comment("Demo seed: %d implementation rules (%d products, %d rule items)."
                % (len(products), len(products), n_items)),
        comment("GENERATED by docs/tools/gen_demo_rules_sql.py from shared data implementation-rules.yaml"),
        comment("(dataset %s, schema_version %s). DO NOT EDIT BY HAND: change the YAML or the script"
                % (clean(data.get("dataset", "?")), clean(data.get("schema_version", "?")))),
        comment("and regenerate."),
        comment("Reference data, verified=false items are illustrative: do not use them to judge real products."),
        comment("Portable SQL for H2 2.x (MODE=MySQL) and MariaDB/MySQL: plain INSERTs, no backslashes."),
        comment("Only the main limit of each item is seeded; limit variants are listed in comments."),
        comment("value_zh / unit_zh: the Chinese wording the data gives for an English requirement or unit."),
        comment("detection_limit: where the data gives one (none today), else from DEMO_DETECTION_LIMITS in the"),
        comment("script (demo values, not verified against the standard text; listed below); no other value."),
        comment("Issue 17: sampling_base, judgment_text, standard_clause, method hold the Chinese wording (pages in"),
        comment("Chinese, official documents); the *_en columns the English. Where the data gives one language only,"),
        comment("the other is OUR TRANSLATION (tables OUR_ZH_* / OUR_EN_* in the script), not the source's wording."),
        comment("display_en / unit_en (brief bil17): the requirement and unit for English pages where the data words"),
        comment("them in Chinese only (OUR_EN_DISPLAY, OUR_EN_UNIT: our translation)."),
    ]
    if notices:
        header.append(comment("Adjustments made by the generator:"))
        for where, message in notices:
            header.append(comment("  %s: %s" % (where, message)))
    return "\n".join(header + body) + "\n", len(products), n_items


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=DEFAULT_INPUT)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--print-updates", action="store_true",
                        help="print V1_100's UPDATEs (English requirement and unit texts) instead of writing the seed")
    args = parser.parse_args()

    with open(args.input, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if args.print_updates:
        print_updates(data)
        return
    sql, n_rules, n_items = generate(data)
    if "\\" in sql:
        raise SystemExit("internal error: backslash in output")
    if "${" in sql:  # Flyway would treat it as a placeholder
        raise SystemExit("output contains '${', which Flyway reads as a placeholder")

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(sql)
    for where, message in notices:
        print("NOTE %s: %s" % (where, message), file=sys.stderr)
    print("wrote %s: %d products, %d rules, %d items" % (args.output, n_rules, n_rules, n_items))


if __name__ == "__main__":
    main()
