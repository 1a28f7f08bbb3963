package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Register imports: CSV and XLSX, all or nothing, one error per row and column, the planner's
 * own region only; single entries with the same checks; the same refusal on the page.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aCsvWithBadRowsIsRefusedWholeWithOneErrorPerRowAndColumn() {
        String good1 = Registers.unique("T");
        String good2 = Registers.unique("T");
        List<List<String>> rows = new ArrayList<>();
        rows.add(Registers.ENTERPRISE_HEADER);
        rows.add(Registers.enterprise(good1, "320111", "SMALL", "PLASTIC_BAG"));                     // row 2: fine
        List<String> badCode = new ArrayList<>(Registers.enterprise(Registers.unique("T"), "320111", "LARGE", "PLASTIC_BAG"));
        badCode.set(2, Registers.badCheckCharacter(badCode.get(2)));                                   // row 3: check character
        rows.add(badCode);
        rows.add(Registers.enterprise(Registers.unique("T"), "32011", "HUGE", "PLASTIC_BAG|NO_SUCH")); // row 4: three errors
        rows.add(Registers.enterprise(good2, "320111", "中型", "TISSUE_PAPER;PLASTIC_BAG"));           // row 5: fine (Chinese size)
        int before = count();

        Api.Response refused = api.upload("planner", "/api/registers/enterprises/import", "enterprises.csv", Registers.csv(rows));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("row 3 / credit_code", "row 4 / region_code",
                "row 4 / size", "row 4 / products");
        assertThat(ruleOf(refused, "row 3 / credit_code")).isEqualTo("INVALID_CREDIT_CODE");
        assertThat(ruleOf(refused, "row 4 / products")).isEqualTo("UNKNOWN_PRODUCT");
        assertThat(count()).as("nothing half-imported").isEqualTo(before);

        rows.remove(3); // the bad rows 4 and 3
        rows.remove(2);
        Api.Response accepted = api.upload("planner", "/api/registers/enterprises/import", "enterprises.csv", Registers.csv(rows));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.get("imported").asInt()).isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
        JsonNode listed = api.get("planner", "/api/registers/enterprises").json();
        JsonNode second = listed.valueStream().filter(e -> e.get("code").asString().equals(good2)).findFirst().orElseThrow();
        assertThat(second.get("size").asString()).isEqualTo("MEDIUM");
        assertThat(second.get("productCodes").valueStream().map(JsonNode::asString).toList()).containsExactly("TISSUE_PAPER", "PLASTIC_BAG");
    }

    @Test
    void anXlsxWithBadRowsIsRefusedWholeAndAGoodOneIsImported() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("编码", "名称", "统一社会信用代码", "地址", "行政区划代码", "行业", "规模", "产品")); // Chinese headers
        String code = Registers.unique("X");
        rows.add(Registers.enterprise(code, "320113", "LARGE", "CHILD_APPAREL"));
        List<String> duplicate = new ArrayList<>(Registers.enterprise(code, "320113", "SMALL", "CHILD_APPAREL"));
        rows.add(duplicate); // row 3: same code as row 2
        int before = count();

        Api.Response refused = api.upload("planner", "/api/registers/enterprises/import", "名录.xlsx", Registers.xlsx(rows));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("row 3 / code");
        assertThat(count()).isEqualTo(before);

        rows.remove(2);
        Api.Response accepted = api.upload("planner", "/api/registers/enterprises/import", "名录.xlsx", Registers.xlsx(rows));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aPlannerImportsEnterprisesOnlyWithinHisOwnRegion() {
        List<List<String>> rows = List.of(Registers.ENTERPRISE_HEADER,
                Registers.enterprise(Registers.unique("T"), "320102", "SMALL", "PLASTIC_BAG"),
                Registers.enterprise(Registers.unique("T"), "320505", "SMALL", "PLASTIC_BAG")); // Suzhou
        Api.Response refused = api.upload("planner", "/api/registers/enterprises/import", "e.csv", Registers.csv(rows));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("row 3 / region_code");
        assertThat(ruleOf(refused, "row 3 / region_code")).isEqualTo("OUTSIDE_JURISDICTION");
        // and the Suzhou planner may not add one in Nanjing either
        Api.Response single = api.post("planner-sz", "/api/registers/enterprises", Map.of("name", "越界企业",
                "credit_code", Registers.creditCode(), "address", "南京", "region_code", "320102", "industry", "x",
                "size", "SMALL", "products", "PLASTIC_BAG"));
        assertThat(single.status()).isEqualTo(400);
        assertThat(single.errorFields()).containsExactly("region_code");
        // nor see Nanjing's enterprises
        assertThat(api.get("planner-sz", "/api/registers/enterprises").json().valueStream()
                .map(e -> e.get("regionCode").asString())).allMatch(r -> r.startsWith("3205"));
    }

    @Test
    void oneEntryIsCheckedLikeAnImportedRow() {
        String code = Registers.unique("S");
        Map<String, String> entry = Map.of("code", code, "name", "单条企业", "credit_code", "91320102MA1X7A1B2X",
                "address", "南京", "region_code", "320102", "industry", "塑料制品", "size", "SMALL", "products", "PLASTIC_BAG");
        Api.Response bad = api.post("planner", "/api/registers/enterprises", entry);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("credit_code");

        Map<String, String> good = new java.util.HashMap<>(entry);
        good.put("credit_code", Registers.creditCode());
        Api.Response created = api.post("planner", "/api/registers/enterprises", good);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.post("planner", "/api/registers/enterprises", good).errorFields()).contains("credit_code", "code");
        // reviewers read the registers but do not write them
        assertThat(api.post("plan-reviewer", "/api/registers/enterprises", good).status()).isEqualTo(403);
    }

    @Test
    void inspectorsLabsAndProductsImportWithTheirOwnChecks() {
        String inspector = Registers.unique("I");
        Api.Response inspectors = api.upload("planner-sz", "/api/registers/inspectors/import", "i.csv", Registers.csv(List.of(
                List.of("code", "name", "region_code", "qualifications", "conflicts"),
                List.of(inspector, "测试检查员", "320500", "行政执法证 320500-9999", "ENT-D"),
                List.of(Registers.unique("I"), "测试检查员", "320500", "行政执法证", "ENT-NOPE"))));
        assertThat(inspectors.status()).isEqualTo(400);
        assertThat(inspectors.errorFields()).containsExactly("row 3 / conflicts");

        String lab = Registers.unique("L");
        Api.Response labs = api.upload("planner", "/api/registers/labs/import", "l.csv", Registers.csv(List.of(
                RegisterKindColumns.LABS,
                List.of(lab, "测试检验所", "CMA 1", "320104", "南京", "PLASTIC_BAG|TISSUE_PAPER", "120"),
                List.of(Registers.unique("L"), "测试检验所", "", "320104", "南京", "PLASTIC_BAG", "many"))));
        assertThat(labs.status()).isEqualTo(400);
        assertThat(labs.errorFields()).containsExactlyInAnyOrder("row 3 / accreditation_no", "row 3 / capacity");

        String product = Registers.unique("P");
        Api.Response products = api.upload("planner", "/api/registers/products/import", "p.csv", Registers.csv(List.of(
                List.of("code", "name_zh", "name_en", "category", "industry", "risk_level"),
                List.of(product, "测试产品", "Test product", "轻工", "测试", "高"))));
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        assertThat(api.get("planner", "/api/registers/products").json().valueStream()
                .anyMatch(p -> p.get("code").asString().equals(product) && p.get("riskLevel").asString().equals("HIGH"))).isTrue();
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefused() {
        byte[] csv = Registers.csv(List.of(Registers.ENTERPRISE_HEADER));
        Api.Response fakeXlsx = api.upload("planner", "/api/registers/enterprises/import", "e.xlsx", csv);
        assertThat(fakeXlsx.status()).isEqualTo(400);
        assertThat(ruleOf(fakeXlsx, "file")).isEqualTo("UNSUPPORTED_FILE");

        byte[] xlsx = Registers.xlsx(List.of(Registers.ENTERPRISE_HEADER));
        Api.Response zipAsCsv = api.upload("planner", "/api/registers/enterprises/import", "e.csv", xlsx);
        assertThat(ruleOf(zipAsCsv, "file")).isEqualTo("UNSUPPORTED_FILE");

        Api.Response latin1 = api.upload("planner", "/api/registers/enterprises/import", "e.csv",
                "code,名称".getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(ruleOf(latin1, "file")).isEqualTo("UNSUPPORTED_FILE");

        Api.Response unknownColumn = api.upload("planner", "/api/registers/enterprises/import", "e.csv",
                "name,credit_code,colour\nx,y,z\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.errorFields()).contains("row 1 / colour", "row 1 / address");
    }

    @Test
    void thePageListsTheRowErrorsBesideTheUpload() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page page = planner.get("/registers/enterprises");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"import-form\"").contains("ENT-A");
        List<List<String>> rows = List.of(Registers.ENTERPRISE_HEADER,
                Registers.enterprise(Registers.unique("W"), "320111", "GIANT", "PLASTIC_BAG"));
        Browserless.Page refused = planner.upload("/registers/enterprises/import", "e.csv", Registers.csv(rows), page.csrf());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"import-errors\"").contains("row 2 / size");

        List<List<String>> good = List.of(Registers.ENTERPRISE_HEADER,
                Registers.enterprise(Registers.unique("W"), "320111", "SMALL", "PLASTIC_BAG"));
        Browserless.Page accepted = planner.upload("/registers/enterprises/import", "e.csv", Registers.csv(good), page.csrf());
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(planner.get("/registers/enterprises").body()).contains("id=\"imported-message\"");
        // the other registers have pages too
        for (String register : List.of("inspectors", "labs", "products", "rules")) {
            assertThat(planner.get("/registers/" + register).status()).as(register).isEqualTo(200);
        }
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pln_enterprise", Integer.class);
    }

    private static String ruleOf(Api.Response response, String field) {
        for (JsonNode e : response.get("errors")) {
            if (e.get("field").asString().equals(field)) {
                return e.get("rule").asString();
            }
        }
        return null;
    }

    /** Column headers for the lab import. */
    static final class RegisterKindColumns {
        static final List<String> LABS = List.of("code", "name", "accreditation_no", "region_code", "address", "products", "capacity");
    }
}
