package org.spotcheck.planning.internal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spotcheck.planning.api.RuleDraftCommand;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.planning.internal.persistence.RegisterRows.ProductRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleItemRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of implementation rules (实施细则): DRAFT → ACTIVE (published) → SUPERSEDED. Only a
 * draft changes; publishing a draft supersedes the product's active version; a change to a
 * published rule is a new draft copied from it. Plan items and spot-check tasks keep the id of
 * the version they were planned with (domain.md stage B: the rule is published before sampling).
 */
@Service
@Transactional
class RuleService {

    static final String DRAFT = "DRAFT";
    static final String ACTIVE = "ACTIVE";
    static final String SUPERSEDED = "SUPERSEDED";

    static final Columns ITEMS = new Columns()
            .column("code", true, "编号", "项目编号")
            .column("name_zh", true, "检验项目", "项目名称", "名称")
            .column("name_en", false, "英文名称")
            .column("standard_clause", true, "标准条款", "依据标准条款", "标准要求条款")
            .column("method", true, "检验方法", "方法")
            .column("limit_type", true, "限量类型", "判定类型")
            .column("limit_value", false, "限值")
            .column("limit_min", false, "下限")
            .column("limit_max", false, "上限")
            .column("limit_text", false, "要求", "标准要求", "允许值")
            .column("unit", false, "单位")
            .column("decimals", false, "小数位数", "修约位数")
            .column("item_class", true, "类别", "项目类别", "不合格分类")
            // issue 12: the method's detection limit, 不得检出 as the requirement, the Chinese wording
            .column("detection_limit", false, "检出限", "方法检出限")
            .column("nd_required", false, "不得检出")
            .column("value_zh", false, "中文要求", "要求（中文）")
            .column("unit_zh", false, "中文单位", "单位（中文）")
            // issue 17 (brief bil18): the requirement, unit and method in English for English pages, optional
            .column("display_en", false, "英文要求", "要求（英文）")
            .column("unit_en", false, "英文单位", "单位（英文）")
            .column("method_en", false, "英文检验方法", "检验方法（英文）");

    private static final List<String> LIMIT_TYPES = List.of("MAX", "MIN", "RANGE", "ENUMERATION", "QUALITATIVE");
    private static final Map<String, String> LIMIT_ALIASES = Map.of("最大值", "MAX", "上限", "MAX", "不大于", "MAX",
            "最小值", "MIN", "下限", "MIN", "不小于", "MIN", "范围", "RANGE", "区间", "RANGE", "枚举", "ENUMERATION", "定性", "QUALITATIVE");
    private static final Map<String, String> CLASS_ALIASES = Map.of("A类", "A", "B类", "B", "a", "A", "b", "B");
    private static final Map<String, String> YES_NO = Map.of("是", "TRUE", "否", "FALSE", "Y", "TRUE", "N", "FALSE",
            "YES", "TRUE", "NO", "FALSE", "1", "TRUE", "0", "FALSE");
    /** The requirement text of a 不得检出 item (GB 15979-2002 writes microbes that must not be found so). */
    static final String NOT_DETECTABLE = "不得检出";
    /**
     * The English of the enumeration values an imported item may allow, for an item imported without {@code display_en}
     * (brief bil18): the demo rules' wording (gen_demo_rules_sql.py OUR_EN_DISPLAY) and the result form's (rule.value.*).
     */
    private static final Map<String, String> VALUES_EN = Map.of(NOT_DETECTABLE, "Not detectable", "无", "None", "有", "Present",
            "不符合", "Does not conform");

    private final RegisterMapper registers;

    RuleService(RegisterMapper registers) {
        this.registers = registers;
    }

    long draft(Actor actor, RuleDraftCommand command) {
        requirePlanner(actor);
        ProductRow product = registers.findProduct(command.productCode());
        if (product == null) {
            throw InvalidInputException.of("productCode", "UNKNOWN_PRODUCT", "not in the product catalogue: " + command.productCode(),
                    command.productCode());
        }
        if (registers.findRuleVersion(command.productCode(), command.version().strip()) != null) {
            throw InvalidInputException.of("version", "DUPLICATE_VERSION", "this version already exists for the product");
        }
        List<RuleItemRow> items = new ArrayList<>();
        if (command.items() != null && !command.items().isEmpty()) {
            List<FieldViolation> violations = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < command.items().size(); i++) {
                Map<String, String> values = ITEMS.canonicalEntry(command.items().get(i));
                items.add(item(new RowCheck("items[" + i + "].", values, violations), codes));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
        RuleRow rule = new RuleRow();
        rule.productCode = product.code;
        rule.version = command.version().strip();
        rule.title = command.title().strip();
        rule.status = DRAFT;
        rule.testPortion = command.testPortion();
        rule.backupPortion = command.backupPortion();
        rule.unit = command.unit().strip();
        rule.samplingBase = command.samplingBase().strip();
        rule.judgmentText = command.judgmentText().strip();
        registers.insertRule(rule);
        insertItems(rule.id, items);
        return rule.id;
    }

    private void insertItems(long ruleId, List<RuleItemRow> items) {
        int seq = 0;
        for (RuleItemRow item : items) {
            item.ruleId = ruleId;
            item.seq = ++seq;
            registers.insertRuleItem(item);
        }
    }

    /** Replaces the items of a draft from a file, all or nothing. */
    long importItems(Actor actor, long ruleId, UploadedFile file) {
        requirePlanner(actor);
        RuleRow rule = draftRule(ruleId);
        TableFile.Table table = TableFile.read(file);
        Map<String, String> mapping = ITEMS.mapHeaders(table.headers());
        if (table.rows().isEmpty()) {
            throw InvalidInputException.of("file", "NO_ROWS", "the file has no data rows");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<RuleItemRow> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (TableFile.DataRow row : table.rows()) {
            Map<String, String> values = Columns.canonical(mapping, row.values(), row.number(), violations);
            items.add(item(new RowCheck(row.number(), values, violations), codes));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(RegisterService.capped(violations));
        }
        registers.deleteRuleItems(rule.id);
        insertItems(rule.id, items);
        return rule.id;
    }

    long newVersion(Actor actor, long ruleId, String version) {
        requirePlanner(actor);
        RuleRow source = registers.findRule(ruleId);
        if (source == null) {
            throw new NotFoundException("implementation rule", ruleId);
        }
        if (version == null || version.isBlank() || version.strip().length() > 32) {
            throw InvalidInputException.of("version", "REQUIRED", "give the new version label (at most 32 characters)");
        }
        if (registers.findRuleVersion(source.productCode, version.strip()) != null) {
            throw InvalidInputException.of("version", "DUPLICATE_VERSION", "this version already exists for the product");
        }
        RuleRow copy = new RuleRow();
        copy.productCode = source.productCode;
        copy.version = version.strip();
        copy.title = source.title;
        copy.status = DRAFT;
        copy.testPortion = source.testPortion;
        copy.backupPortion = source.backupPortion;
        copy.unit = source.unit;
        copy.samplingBase = source.samplingBase;
        copy.judgmentText = source.judgmentText;
        copy.samplingBaseEn = source.samplingBaseEn;
        copy.judgmentTextEn = source.judgmentTextEn;
        copy.basedOnId = source.id;
        registers.insertRule(copy);
        List<RuleItemRow> items = registers.ruleItems(source.id);
        insertItems(copy.id, items);
        return copy.id;
    }

    long publish(Actor actor, long ruleId) {
        requirePlanner(actor);
        RuleRow rule = draftRule(ruleId);
        if (registers.ruleItems(rule.id).isEmpty()) {
            throw new RuleViolationException(null, "RULE_WITHOUT_ITEMS", "a rule without test items cannot be published");
        }
        RuleRow active = registers.findActiveRule(rule.productCode);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (active != null && registers.updateRuleStatus(active.id, ACTIVE, SUPERSEDED, null, null) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the rule was changed by someone else; reload");
        }
        if (registers.updateRuleStatus(rule.id, DRAFT, ACTIVE, actor.username(), now) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the rule was changed by someone else; reload");
        }
        return rule.id;
    }

    /** A rule version that may still change. */
    private RuleRow draftRule(long ruleId) {
        RuleRow rule = registers.findRule(ruleId);
        if (rule == null) {
            throw new NotFoundException("implementation rule", ruleId);
        }
        if (!DRAFT.equals(rule.status)) {
            throw new ConflictException("RULE_PUBLISHED", "a published rule never changes; make a new version from it");
        }
        return rule;
    }

    private static void requirePlanner(Actor actor) {
        if (!actor.has(Role.PLANNER) || !actor.isAuthority()) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role PLANNER required", Role.PLANNER.name());
        }
    }

    // ---------------------------------------------------------------- items

    private RuleItemRow item(RowCheck c, Set<String> codes) {
        RuleItemRow row = new RuleItemRow();
        row.code = c.code("code", true);
        if (row.code != null && !codes.add(row.code)) {
            c.fail("code", "DUPLICATE", "the item code appears twice in this rule");
        }
        row.nameZh = c.required("name_zh", 200);
        row.nameEn = c.optional("name_en", 200);
        if (row.nameEn == null) {
            row.nameEn = row.nameZh == null ? "" : row.nameZh;
        }
        row.standardClause = c.required("standard_clause", 300);
        row.method = c.required("method", 300);
        row.limitType = c.choice("limit_type", true, LIMIT_TYPES, LIMIT_ALIASES);
        row.unit = c.optional("unit", 32);
        row.decimals = c.integer("decimals", false, 0, 6);
        row.itemClass = c.choice("item_class", true, List.of("A", "B"), CLASS_ALIASES);
        row.verified = true; // entered by an authority, not illustrative seed data
        row.valueZh = c.optional("value_zh", 1000);
        row.unitZh = c.optional("unit_zh", 64);
        row.displayEn = c.optional("display_en", 300); // pln_rule_item.display_en VARCHAR(300), V1_100
        row.unitEn = c.optional("unit_en", 64); // unit_en VARCHAR(64), V1_100
        row.methodEn = c.optional("method_en", 300); // method_en VARCHAR(300), V1_95
        String nd = c.optional("nd_required");
        nd = nd == null ? null : c.choice("nd_required", false, List.of("TRUE", "FALSE"),
                Map.of(nd, YES_NO.getOrDefault(nd.toUpperCase(java.util.Locale.ROOT), nd.toUpperCase(java.util.Locale.ROOT))));
        row.ndRequired = "TRUE".equals(nd);
        row.detectionLimit = c.decimal("detection_limit", false);
        if (row.detectionLimit != null && row.detectionLimit.signum() <= 0) {
            c.fail("detection_limit", "DETECTION_LIMIT_NOT_POSITIVE", "the detection limit must be above 0");
        }
        String unitShown = row.unitZh != null ? row.unitZh : row.unit;
        if (row.limitType != null) {
            switch (row.limitType) {
                case "MAX", "MIN" -> {
                    row.limitValue = c.decimal("limit_value", true);
                    if (row.limitValue != null) {
                        row.display = (row.limitType.equals("MAX") ? "≤ " : "≥ ") + plain(row.limitValue) + unit(unitShown);
                    }
                }
                case "RANGE" -> {
                    row.limitMin = c.decimal("limit_min", true);
                    row.limitMax = c.decimal("limit_max", true);
                    if (row.limitMin != null && row.limitMax != null) {
                        if (row.limitMin.compareTo(row.limitMax) > 0) {
                            c.fail("limit_max", "RANGE_REVERSED", "the upper limit is below the lower one");
                        }
                        row.display = plain(row.limitMin) + " – " + plain(row.limitMax) + unit(unitShown);
                    }
                }
                case "ENUMERATION" -> {
                    // one allowed value is a requirement too (不得检出, 无); several are separated by '|'
                    String text = c.optional("limit_text", 1000);
                    if (text == null && row.ndRequired) {
                        text = NOT_DETECTABLE;
                    }
                    if (text == null) {
                        c.fail("limit_text", "REQUIRED", "give the allowed value(s), separated by '|'");
                    } else {
                        List<String> allowed = List.of(text.split("\\|", -1)).stream().map(String::strip).toList();
                        if (allowed.stream().anyMatch(String::isEmpty)) {
                            c.fail("limit_text", "ENUMERATION_EMPTY_VALUE", "an allowed value is empty");
                        } else {
                            row.limitText = String.join("|", allowed);
                            if (allowed.equals(List.of(NOT_DETECTABLE))) {
                                row.ndRequired = true;
                            } else if (row.ndRequired) {
                                c.fail("limit_text", "ND_REQUIRES_NOT_DETECTABLE",
                                        "a 不得检出 item allows only 不得检出");
                            }
                            row.display = row.valueZh != null ? cut(row.valueZh) : String.join(" / ", allowed);
                            if (row.displayEn == null && row.valueZh == null && VALUES_EN.keySet().containsAll(allowed)) {
                                row.displayEn = String.join(" / ", allowed.stream().map(VALUES_EN::get).toList());
                            }
                        }
                    }
                }
                default -> {
                    row.limitText = c.required("limit_text", 1000);
                    String shown = row.valueZh != null ? row.valueZh : row.limitText;
                    row.display = shown == null ? null : cut(shown);
                }
            }
            if (row.ndRequired && !"ENUMERATION".equals(row.limitType)) {
                c.fail("nd_required", "ND_REQUIRES_ENUMERATION",
                        "a 不得检出 item has limit type ENUMERATION");
            }
            if (row.detectionLimit != null && row.detectionLimit.signum() > 0) {
                if ("QUALITATIVE".equals(row.limitType) || ("ENUMERATION".equals(row.limitType) && !row.ndRequired)) {
                    c.fail("detection_limit", "DETECTION_LIMIT_NOT_APPLICABLE",
                            "a detection limit applies to numeric and 不得检出 items only");
                } else if ("MAX".equals(row.limitType) && row.limitValue != null && row.detectionLimit.compareTo(row.limitValue) > 0) {
                    // a 未检出 under a detection limit above the limit could never be judged (issue 12)
                    c.fail("detection_limit", "DETECTION_LIMIT_ABOVE_LIMIT",
                            "the detection limit is above the limit: 未检出 could not be judged");
                }
            }
        }
        return row;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static String unit(String unit) {
        return unit == null ? "" : " " + unit;
    }
}
