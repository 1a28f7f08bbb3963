package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Register imports: CSV and XLSX, all or nothing, one error per row and column, the planner's
 * own region only; single entries with the same checks; the same refusal on the page.
 */
class RegisterImportTest extends SpotCheckE2e {

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

    /** A workbook of ~1.5 MB holding ~100 MB of repetitive sheet XML (issue 13.2), built here, never committed. */
    static byte[] xlsxBomb() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(9);
            String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
            String officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\"" + officeRel
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + officeRel
                    + "\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\"" + officeRel
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + main + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] rows = "<row><c t=\"inlineStr\"><is><t>A</t></is></c></row>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100L * 1024 * 1024; written += rows.length) { // ~100 MB of sheet XML
                zip.write(rows);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, String text) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void assertBombRefusedQuickly(String path) {
        byte[] bomb = xlsxBomb();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long started = System.nanoTime();
        Api.Response refused = api.upload("planner", path, "bomb.xlsx", bomb);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("FILE_TOO_LARGE_UNCOMPRESSED");
        assertThat(refused.json().get("detail").asString()).contains("解压后超过 20 MB");
        Api.Response health = api.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    @Test
    void anXlsxBombIsRefusedWithinSecondsAndTheServerStaysHealthy() {
        int before = count();
        assertBombRefusedQuickly("/api/registers/enterprises/import");
        assertThat(count()).isEqualTo(before);

        // the next normal import works
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("编码", "名称", "统一社会信用代码", "地址", "行政区划代码", "行业", "规模", "产品"));
        rows.add(Registers.enterprise(Registers.unique("B"), "320113", "LARGE", "CHILD_APPAREL"));
        Api.Response accepted = api.upload("planner", "/api/registers/enterprises/import", "名录.xlsx", Registers.xlsx(rows));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(count()).isEqualTo(before + 1);

        // the rule-items import reads through the same limits
        String product = Registers.unique("P");
        assertThat(api.post("planner", "/api/registers/products", Map.of("code", product, "name_zh", "测试杯", "name_en", "Test cup",
                "category", "日用品", "industry", "塑料制品", "risk_level", "MEDIUM")).status()).isEqualTo(201);
        Map<String, Object> draft = Registers.ruleDraft(product);
        draft.put("items", List.of(Map.of("code", "T-01", "name_zh", "外观", "standard_clause", "5.1", "method", "目测",
                "limit_type", "QUALITATIVE", "limit_text", "无", "item_class", "B")));
        Api.Response rule = api.post("planner", "/api/registers/rules", draft);
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        long ruleId = rule.json().get("id").asLong();
        assertBombRefusedQuickly("/api/registers/rules/" + ruleId + "/items/import");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pln_rule_item WHERE rule_id = ?", Integer.class, ruleId)).isEqualTo(1);
    }
}
