package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.4 on the registers (名录库): each list searched by code or name, region and product, paged in the
 * database with its total, the filters kept in the URL, in the caller's scope (an authority sees the enterprises of
 * its region and only its own inspectors). Entries are written straight into the register tables, under a product
 * code no plan uses, so that a page overflows without changing any draw; the lists are read over HTTP.
 */
class RegisterListSearchTest extends ListSearchTestBase {

    @Override
    Pattern row() {
        return Pattern.compile("<tr id=\"row-[^\"]*\">");
    }

    @Test
    void theEnterpriseAndProductRegistersAreSearchedAndPagedOnTheServerInTheCallersScope() {
        String tag = tag("R");
        for (int i = 1; i <= 45; i++) {
            // 45 enterprises in Nanjing (the odd ones in 320104), the first ten making a second product too
            jdbc.update("INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes)"
                    + " VALUES (?, ?, ?, '南京市', ?, '日用品', 'SMALL', ?)", "E" + tag + "-" + i, "检索企业" + tag + "号" + i,
                    credit(tag, i), i % 2 == 0 ? "320102" : "320104", i <= 10 ? "X" + tag + ",Y" + tag : "X" + tag);
            jdbc.update("INSERT INTO pln_product (code, name_zh, name_en, category_zh, industry_zh, risk_level) VALUES (?, ?, ?, '日用品', '轻工', 'LOW')",
                    "P" + tag + "-" + i, "检索产品" + tag + "号" + i, "Search product " + tag);
        }
        // in Suzhou: outside the Nanjing planner's region
        jdbc.update("INSERT INTO pln_enterprise (code, name, credit_code, address, region_code, industry, size, product_codes)"
                + " VALUES (?, ?, ?, '苏州市', '320505', '日用品', 'SMALL', ?)", "E" + tag + "-sz", "检索企业" + tag + "苏州", credit(tag, 99), "X" + tag);

        ListPage enterprises = list("planner", "/registers/enterprises");
        String first = enterprises.assertPaged("name=" + tag, 45).first();
        assertThat(first).doesNotContain(tag + "苏州");
        assertThat(enterprises.get("name=" + tag + "&region=320104")).contains("共 23 条");
        assertThat(enterprises.get("product=Y" + tag)).contains("共 10 条");
        assertThat(enterprises.get("product=X" + tag)).contains("共 45 条");
        assertThat(enterprises.get("product=" + tag)).contains("共 0 条"); // a product code is matched whole
        assertThat(enterprises.get("name=" + tag + "&region=x")).contains("共 0 条");
        assertThat(enterprises.get("name=%25" + tag)).contains("共 0 条").contains("没有符合条件的记录");
        assertThat(enterprises.get("name=" + tag + "&lang=en")).contains("45 in all").contains("lang=en&amp;page=2");
        // the Suzhou planner sees the Suzhou one only
        assertThat(list("planner-sz", "/registers/enterprises").get("name=" + tag)).contains("共 1 条");

        list("plan-reviewer", "/registers/products").assertPaged("name=" + tag, 45);
        // inspectors: each authority sees only its own
        String nanjing = list("planner", "/registers/inspectors").get("");
        String suzhou = list("planner-sz", "/registers/inspectors").get("");
        Integer ownNanjing = jdbc.queryForObject("SELECT COUNT(*) FROM pln_inspector WHERE authority_code = 'AUTH-320100'", Integer.class);
        assertThat(nanjing).contains("共 " + ownNanjing + " 条");
        assertThat(list("planner", "/registers/inspectors").rows(nanjing)).isEqualTo(Math.min(20, ownNanjing));
        assertThat(nanjing).contains("sampler-a");
        assertThat(suzhou).doesNotContain("sampler-a");
    }

    private static String credit(String tag, int i) {
        // 18 characters, unique per tag and row
        String digits = tag.substring(1) + String.format("%02d", i);
        return ("91" + digits + "0000000000000000").substring(0, 18);
    }
}
