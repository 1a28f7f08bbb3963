package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17.4 on the result-handling list (结果处理): searched by number, enterprise, product, region, status and
 * date, paged in the database (20 or 50 a page) with the total, the filters kept in the URL, and only the
 * caller's cases counted. Cases are written straight into dsp_case so that a page overflows; the list is read
 * over HTTP as the officer and the enterprise see it.
 */
class CaseListSearchTest extends ResultHandlingE2e {

    private static final Pattern ROW = Pattern.compile("<td><a href=\"/cases/([^\"]+)\">");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListIsSearchedAndPagedOnTheServerWithItsTotalAndKeepsItsFiltersInTheUrl() {
        String tag = "X" + System.nanoTime() % 100_000_000;
        String product = "检索试验品" + tag;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 1; i <= 45; i++) {
            // 45 of the officer's authority, the older ones ten days back; AWAITING_NOTICE for every third
            insert(tag + "-" + i, "AUTH-320100", i % 2 == 0 ? "ENT-A" : "ENT-B", i % 2 == 0 ? "南京绿洁塑料制品有限公司" : "南京白云纸业有限公司",
                    product, i % 2 == 0 ? "320102" : "320104", i % 3 == 0 ? "AWAITING_NOTICE" : "NOTIFIED",
                    i <= 10 ? now.minus(10, ChronoUnit.DAYS) : now);
        }
        // the same product at another authority: never counted for this officer
        insert(tag + "-other", "AUTH-320500", "ENT-D", "苏州捷安电动车有限公司", product, "320505", "NOTIFIED", now);

        ListPage cases = new ListPage(port, "officer", "/disposal/cases", ROW);
        String first = cases.assertPaged("product=" + tag, 45).first();
        assertThat(first).doesNotContain(tag + "-other");
        // newest first: the last written is on the first page
        assertThat(first).contains("/cases/" + tag + "-45\"").doesNotContain("/cases/" + tag + "-1\"");

        // by number (a part of the task code), enterprise, region, status and date
        assertThat(cases.get("number=" + tag + "-4")).contains("共 7 条"); // -4, -40 … -45
        assertThat(cases.get("product=" + tag + "&enterprise=%E7%BB%BF%E6%B4%81")).contains("共 22 条");
        assertThat(cases.get("product=" + tag + "&enterprise=ENT-B")).contains("共 23 条");
        assertThat(cases.get("product=" + tag + "&region=320104")).contains("共 23 条");
        assertThat(cases.get("product=" + tag + "&region=3201")).contains("共 45 条");
        assertThat(cases.get("product=" + tag + "&status=AWAITING_NOTICE")).contains("共 15 条");
        LocalDate today = LocalDate.now(ResultHandlingFlow.CHINA);
        assertThat(cases.get("product=" + tag + "&from=" + today.minusDays(1))).contains("共 35 条");
        assertThat(cases.get("product=" + tag + "&to=" + today.minusDays(5))).contains("共 10 条");
        // LIKE's wildcards are literal; nonsense finds nothing and fails nothing
        assertThat(cases.get("product=" + tag + "&number=%25")).contains("共 0 条").contains("没有符合条件的记录");
        assertThat(cases.get("product=" + tag + "&status=NOPE&page=abc&size=7")).contains("共 45 条")
                .contains("第 1 / 3 页");
        // a region is a code or its leading digits: anything else names no region
        assertThat(cases.get("product=" + tag + "&region=x")).contains("共 0 条");

        // the enterprise counts only its own cases
        assertThat(new ListPage(port, "enterprise-a", "/disposal/cases", ROW).get("product=" + tag)).contains("共 22 条");
    }

    private void insert(String code, String authority, String enterprise, String enterpriseName, String product, String region, String status,
            Instant openedAt) {
        jdbc.update("INSERT INTO dsp_case (task_code, sample_code, report_no, authority_code, lab_code, enterprise_code, enterprise_name,"
                + " product_name, conclusion, grade, status, opened_at, row_version, product_code, region_code)"
                + " VALUES (?, ?, ?, ?, 'LAB1', ?, ?, ?, 'NONCONFORMING', 'GENERAL', ?, ?, 0, 'TISSUE_PAPER', ?)",
                code, "YP-" + code, "R-" + code, authority, enterprise, enterpriseName, product, status, Timestamp.from(openedAt), region);
    }
}
