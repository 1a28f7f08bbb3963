package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.4 on the plans list (抽查计划): searched by plan code, product, region, status and year, paged in the
 * database (20 or 50 a page) with the total, the filters kept in the URL, and only the caller's authority's plans
 * counted. Plans are written straight into pln_plan so that a page overflows; the list is read over HTTP.
 */
class PlanListSearchTest extends ListSearchTestBase {

    @Override
    Pattern row() {
        return Pattern.compile("<td><a href=\"/plans/\\d+\">");
    }

    @Test
    void thePlansListIsSearchedAndPagedOnTheServerWithItsTotalAndKeepsItsFiltersInTheUrl() {
        String tag = tag("Q");
        String productCode = "P" + tag;
        jdbc.update("INSERT INTO pln_product (code, name_zh, name_en, category_zh, industry_zh, risk_level) VALUES (?, ?, ?, '日用品', '轻工', 'HIGH')",
                productCode, "检索试验品" + tag, "Search product " + tag);
        for (int i = 1; i <= 45; i++) {
            // 45 plans of the officer's authority: the first 30 plan the tagged product, every third is a draft
            insert("JH-" + tag + "-" + i, "AUTH-320100", i % 2 == 0 ? "320102" : "320104", i % 3 == 0 ? "DRAFT" : "ISSUED",
                    i <= 10 ? 2031 : 2032, i <= 30 ? productCode : "TISSUE_PAPER");
        }
        // the same product at another authority: never counted for this officer
        insert("JH-" + tag + "-other", "AUTH-320500", "320505", "ISSUED", 2032, productCode);

        ListPage plans = list("officer", "/plans");
        String first = plans.assertPaged("code=" + tag, 45).first();
        assertThat(first).doesNotContain(tag + "-other");
        // newest first
        assertThat(first).contains(">JH-" + tag + "-45<").doesNotContain(">JH-" + tag + "-1<");

        // by product (a part of its name, or its code), region, status and year
        assertThat(plans.get("code=" + tag + "&product=%E6%A3%80%E7%B4%A2%E8%AF%95%E9%AA%8C%E5%93%81" + tag)).contains("共 30 条");
        assertThat(plans.get("product=" + productCode)).contains("共 30 条");
        assertThat(plans.get("code=" + tag + "&region=320104")).contains("共 23 条");
        assertThat(plans.get("code=" + tag + "&region=3201")).contains("共 45 条");
        assertThat(plans.get("code=" + tag + "&status=DRAFT")).contains("共 15 条");
        assertThat(plans.get("code=" + tag + "&year=2031")).contains("共 10 条");
        assertThat(plans.get("code=" + tag + "&year=2031&status=DRAFT&region=320104")).contains("共 2 条"); // 3 and 9
        // LIKE's wildcards are literal; nonsense finds nothing and fails nothing
        assertThat(plans.get("code=" + tag + "&product=%25")).contains("共 0 条").contains("没有符合条件的记录");
        assertThat(plans.get("code=" + tag + "&status=NOPE&year=abc&page=abc&size=7")).contains("共 45 条").contains("第 1 / 3 页");
        assertThat(plans.get("code=" + tag + "&region=x")).contains("共 0 条");
        // the region is chosen by name among the regions of the authority's plans (issue 17: no code to type), never
        // another authority's; the region chosen stays selected
        assertThat(plans.get("code=" + tag)).contains("<select class=\"form-select\" id=\"region\" name=\"region\">")
                .contains("<option value=\"320104\">南京市秦淮区</option>").contains("<option value=\"320102\">南京市玄武区</option>")
                .doesNotContain("value=\"320505\"").doesNotContain("地区代码");
        assertThat(plans.get("code=" + tag + "&region=320104")).contains("<option value=\"320104\" selected=\"selected\">南京市秦淮区</option>");
        // English on request, the language kept by the pager
        assertThat(plans.get("code=" + tag + "&lang=en")).doesNotContain("Region code").contains(">Region</label>")
                .contains("lang=en&amp;page=2");
    }

    private void insert(String code, String authority, String region, String status, int year, String product) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO pln_plan (code, title, kind, plan_year, authority_code, region_code, legal_basis, status, drafted_by,"
                + " created_at, updated_at) VALUES (?, ?, 'ANNUAL', ?, ?, ?, '《产品质量监督抽查管理暂行办法》', ?, 'planner', ?, ?)",
                code, "检索计划 " + code, year, authority, region, status, now, now);
        Long id = jdbc.queryForObject("SELECT id FROM pln_plan WHERE code = ?", Long.class, code);
        jdbc.update("INSERT INTO pln_plan_item (plan_id, seq, product_code, rule_id, region_code, lab_code, batches, quarter, budget, reason)"
                + " VALUES (?, 1, ?, 0, ?, 'LAB1', 1, 1, 1000, 'HEALTH_SAFETY_RISK')", id, product, region);
    }
}
