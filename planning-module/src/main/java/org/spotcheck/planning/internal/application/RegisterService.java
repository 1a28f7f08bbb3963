package org.spotcheck.planning.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotcheck.planning.api.ImportResult;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.planning.internal.domain.CreditCode;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.planning.internal.persistence.RegisterRows.AuthorityRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.EnterpriseRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.InspectorRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.LabRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.ProductRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds entries to the registers, one at a time or by importing a CSV/XLSX file. An import is all
 * or nothing: every row is checked first, and one bad cell refuses the whole file with one error
 * per row and column. Planners maintain the registers of their own region: enterprises,
 * inspectors and labs outside it are refused (OUTSIDE_JURISDICTION); inspectors always belong to
 * the planner's authority. The product catalogue is shared.
 */
@Service
@Transactional
class RegisterService {

    /** More errors than this are summarised in one last entry. */
    static final int MAX_ERRORS = 200;

    static final Columns ENTERPRISES = new Columns()
            .column("code", false, "编码", "企业编码")
            .column("name", true, "名称", "企业名称", "单位名称")
            .column("credit_code", true, "统一社会信用代码", "信用代码")
            .column("address", true, "地址", "住所")
            .column("region_code", true, "行政区划代码", "区划代码", "地区代码")
            .column("industry", true, "行业", "所属行业")
            .column("size", true, "规模", "企业规模")
            .column("products", true, "产品", "产品代码", "生产产品");
    static final Columns INSPECTORS = new Columns()
            .column("code", true, "编号", "人员编号")
            .column("name", true, "姓名")
            .column("region_code", true, "行政区划代码", "区划代码", "地区代码")
            .column("username", false, "用户名", "登录名")
            .column("qualifications", true, "资格", "执法资格", "执法证")
            .column("conflicts", false, "回避", "回避企业", "利益冲突");
    static final Columns LABS = new Columns()
            .column("code", true, "编码", "机构编码")
            .column("name", true, "名称", "机构名称")
            .column("name_en", false, "英文名称", "机构英文名称")
            .column("accreditation_no", true, "资质认定证书编号", "资质证书编号", "cma")
            .column("region_code", true, "行政区划代码", "区划代码", "地区代码")
            .column("address", true, "地址")
            .column("products", true, "资质范围", "检验产品", "产品")
            .column("capacity", true, "检验能力", "年检验能力");
    static final Columns PRODUCTS = new Columns()
            .column("code", true, "编码", "产品编码")
            .column("name_zh", true, "名称", "产品名称")
            .column("name_en", true, "英文名称")
            .column("category", true, "类别", "产品类别")
            .column("industry", true, "行业", "所属行业")
            .column("risk_level", true, "风险等级");

    private static final Map<String, String> SIZE_ALIASES = Map.of("大型", "LARGE", "中型", "MEDIUM", "小型", "SMALL",
            "小微", "SMALL", "大", "LARGE", "中", "MEDIUM", "小", "SMALL");
    private static final Map<String, String> RISK_ALIASES = Map.of("高", "HIGH", "中", "MEDIUM", "低", "LOW",
            "高风险", "HIGH", "中风险", "MEDIUM", "低风险", "LOW");

    private final RegisterMapper registers;

    RegisterService(RegisterMapper registers) {
        this.registers = registers;
    }

    static Columns columns(RegisterKind kind) {
        return switch (kind) {
            case ENTERPRISES -> ENTERPRISES;
            case INSPECTORS -> INSPECTORS;
            case LABS -> LABS;
            case PRODUCTS -> PRODUCTS;
        };
    }

    ImportResult create(Actor actor, RegisterKind kind, Map<String, String> values) {
        Context context = context(actor);
        List<FieldViolation> violations = new ArrayList<>();
        Object row = parse(kind, null, columns(kind).canonicalEntry(values == null ? Map.of() : values), violations, context);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        insert(kind, row);
        return new ImportResult(kind.path(), 1, List.of(codeOf(row)));
    }

    ImportResult importFile(Actor actor, RegisterKind kind, UploadedFile file) {
        Context context = context(actor);
        TableFile.Table table = TableFile.read(file);
        Map<String, String> mapping = columns(kind).mapHeaders(table.headers());
        if (table.rows().isEmpty()) {
            throw InvalidInputException.of("file", "NO_ROWS", "the file has no data rows");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (TableFile.DataRow dataRow : table.rows()) {
            Map<String, String> values = Columns.canonical(mapping, dataRow.values(), dataRow.number(), violations);
            rows.add(parse(kind, dataRow.number(), values, violations, context));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(capped(violations));
        }
        rows.forEach(row -> insert(kind, row));
        return new ImportResult(kind.path(), rows.size(), rows.stream().map(RegisterService::codeOf).toList());
    }

    static List<FieldViolation> capped(List<FieldViolation> violations) {
        if (violations.size() <= MAX_ERRORS) {
            return violations;
        }
        List<FieldViolation> shown = new ArrayList<>(violations.subList(0, MAX_ERRORS));
        shown.add(new FieldViolation("file", "TOO_MANY_ERRORS", (violations.size() - MAX_ERRORS)
                + " more errors not listed", List.of(String.valueOf(violations.size() - MAX_ERRORS))));
        return shown;
    }

    // ---------------------------------------------------------------- rows

    private Object parse(RegisterKind kind, Integer rowNumber, Map<String, String> values, List<FieldViolation> violations,
            Context context) {
        RowCheck check = new RowCheck(rowNumber, values, violations);
        return switch (kind) {
            case ENTERPRISES -> enterprise(check, context);
            case INSPECTORS -> inspector(check, context);
            case LABS -> lab(check, context);
            case PRODUCTS -> product(check, context);
        };
    }

    private EnterpriseRow enterprise(RowCheck check, Context context) {
        EnterpriseRow row = new EnterpriseRow();
        row.name = check.required("name", 200);
        row.creditCode = check.required("credit_code", 18);
        if (row.creditCode != null) {
            row.creditCode = row.creditCode.toUpperCase(java.util.Locale.ROOT);
            if (!CreditCode.isValid(row.creditCode)) {
                // GB 32100-2015: 18 characters, check character modulo 31
                check.fail("credit_code", "INVALID_CREDIT_CODE",
                        "not a valid unified social credit code (GB 32100-2015 check character)");
            } else if (!context.creditCodes.add(row.creditCode)) {
                check.fail("credit_code", "DUPLICATE", "this credit code is already registered");
            }
        }
        row.code = check.code("code", false);
        if (row.code == null && check.optional("code") == null) {
            row.code = row.creditCode;
        }
        if (row.code != null && !context.enterpriseCodes.add(row.code)) {
            check.fail("code", "DUPLICATE", "this code is already registered");
        }
        row.address = check.required("address", 300);
        row.regionCode = region(check, context);
        row.industry = check.required("industry", 100);
        row.size = check.choice("size", true, List.of("LARGE", "MEDIUM", "SMALL"), SIZE_ALIASES);
        row.productCodes = products(check, context);
        return row;
    }

    private InspectorRow inspector(RowCheck check, Context context) {
        InspectorRow row = new InspectorRow();
        row.code = check.code("code", true);
        if (row.code != null && !context.inspectorCodes.add(row.code)) {
            check.fail("code", "DUPLICATE", "this code is already registered");
        }
        row.name = check.required("name", 100);
        row.authorityCode = context.authority.code;
        row.regionCode = region(check, context);
        row.username = check.optional("username", 64);
        row.qualifications = check.required("qualifications", 300);
        List<String> conflicts = check.list("conflicts", false);
        if (conflicts != null) {
            List<String> unknown = conflicts.stream().filter(c -> !context.enterpriseCodes.contains(c)).toList();
            if (!unknown.isEmpty()) {
                check.fail("conflicts", "UNKNOWN_ENTERPRISE", "not in the enterprise register: " + String.join(", ", unknown),
                        String.join(", ", unknown));
            }
            row.conflicts = String.join(",", conflicts);
        }
        return row;
    }

    private LabRow lab(RowCheck check, Context context) {
        LabRow row = new LabRow();
        row.code = check.code("code", true);
        if (row.code != null && !context.labCodes.add(row.code)) {
            check.fail("code", "DUPLICATE", "this code is already registered");
        }
        row.name = check.required("name", 200);
        row.nameEn = check.optional("name_en", 200); // pln_lab.name_en VARCHAR(200) (V1_100)
        row.accreditationNo = check.required("accreditation_no", 64);
        row.regionCode = region(check, context);
        row.address = check.required("address", 300);
        row.productCodes = products(check, context);
        row.capacity = check.integer("capacity", true, 0, 1_000_000);
        return row;
    }

    private ProductRow product(RowCheck check, Context context) {
        ProductRow row = new ProductRow();
        row.code = check.code("code", true);
        if (row.code != null) {
            row.code = row.code.toUpperCase(java.util.Locale.ROOT);
            if (!context.productCodes.add(row.code)) {
                check.fail("code", "DUPLICATE", "this code is already registered");
            }
        }
        row.nameZh = check.required("name_zh", 100);
        row.nameEn = check.required("name_en", 100);
        row.categoryZh = check.required("category", 100);
        row.industryZh = check.required("industry", 100);
        row.riskLevel = check.choice("risk_level", true, List.of("HIGH", "MEDIUM", "LOW"), RISK_ALIASES);
        return row;
    }

    /** A valid GB/T 2260 code inside the planner's own region. */
    private static String region(RowCheck check, Context context) {
        String region = check.required("region_code", 6);
        if (region == null) {
            return null;
        }
        if (!RegionCode.isValid(region)) {
            check.fail("region_code", "INVALID_REGION_CODE", "must be a 6-digit GB/T 2260 region code");
            return null;
        }
        if (!RegionCode.contains(context.authority.regionCode, region)) {
            check.fail("region_code", "OUTSIDE_JURISDICTION", "region " + region
                    + " is outside the jurisdiction " + context.authority.regionCode);
            return null;
        }
        return region;
    }

    private static String products(RowCheck check, Context context) {
        List<String> codes = check.list("products", true);
        if (codes == null) {
            return null;
        }
        List<String> upper = codes.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
        List<String> unknown = upper.stream().filter(c -> !context.knownProducts.contains(c)).toList();
        if (!unknown.isEmpty()) {
            check.fail("products", "UNKNOWN_PRODUCT", "not in the product catalogue: " + String.join(", ", unknown),
                    String.join(", ", unknown));
        }
        return String.join(",", upper);
    }

    private void insert(RegisterKind kind, Object row) {
        switch (kind) {
            case ENTERPRISES -> registers.insertEnterprise((EnterpriseRow) row);
            case INSPECTORS -> {
                registers.insertInspector((InspectorRow) row);
                KeptRows.forgetAll(InspectorRow.class);
            }
            case LABS -> registers.insertLab((LabRow) row);
            case PRODUCTS -> registers.insertProduct((ProductRow) row);
        }
    }

    private static String codeOf(Object row) {
        if (row instanceof EnterpriseRow e) {
            return e.code;
        }
        if (row instanceof InspectorRow i) {
            return i.code;
        }
        if (row instanceof LabRow l) {
            return l.code;
        }
        return ((ProductRow) row).code;
    }

    // ---------------------------------------------------------------- context

    /** What the checks need to know about the register as it stands, plus the codes seen so far in the file. */
    private final class Context {
        final AuthorityRow authority;
        final Set<String> enterpriseCodes;
        final Set<String> creditCodes;
        final Set<String> inspectorCodes;
        final Set<String> labCodes;
        final Set<String> productCodes;
        final Set<String> knownProducts;

        Context(AuthorityRow authority) {
            this.authority = authority;
            List<EnterpriseRow> enterprises = registers.enterprises();
            enterpriseCodes = enterprises.stream().map(e -> e.code).collect(Collectors.toCollection(HashSet::new));
            creditCodes = enterprises.stream().map(e -> e.creditCode).collect(Collectors.toCollection(HashSet::new));
            inspectorCodes = registers.inspectors().stream().map(i -> i.code).collect(Collectors.toCollection(HashSet::new));
            labCodes = registers.labs().stream().map(l -> l.code).collect(Collectors.toCollection(HashSet::new));
            productCodes = registers.products().stream().map(p -> p.code).collect(Collectors.toCollection(HashSet::new));
            knownProducts = Set.copyOf(productCodes);
        }
    }

    private Context context(Actor actor) {
        if (!actor.has(Role.PLANNER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role PLANNER required", Role.PLANNER.name());
        }
        AuthorityRow authority = registers.findAuthority(actor.orgCode());
        if (authority == null) {
            throw new AccessRefusedException("NOT_AN_AUTHORITY", "only staff of an authority maintain the registers");
        }
        return new Context(authority);
    }
}
