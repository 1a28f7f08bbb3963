package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.4 on 结果公开 (/public/results): searched by enterprise, product, kind and release date, paged in the
 * database with its total, the filters kept in the URL; only released results count, and an enterprise name the
 * redaction review withheld is never matched by a search (which would reveal it). Rows are written straight into
 * dsp_case and dsp_publication so that a page overflows; the page is read over HTTP.
 */
class PublicResultsSearchTest extends ListSearchTestBase {

    @Override
    Pattern row() {
        return Pattern.compile("<tr class=\"result\">");
    }

    @Test
    void publicResultsAreSearchedAndPagedOnTheServerAndAWithheldNameIsNeverMatched() {
        String tag = tag("G");
        String product = "公开检索品" + tag;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 1; i <= 45; i++) {
            // 45 released: every third an announcement, the first ten released ten days back, the even ones by 绿洁
            long id = insert(tag + "-" + i, i % 2 == 0 ? "南京绿洁" + tag + "有限公司" : "南京白云" + tag + "有限公司", product,
                    i % 3 == 0 ? "ANNOUNCEMENT" : "RESULT", "RELEASED", i <= 10 ? now.minus(10, ChronoUnit.DAYS) : now);
            if (i == 2) {
                // the name of one 绿洁 result was withheld: a search for it must not find that row
                jdbc.update("INSERT INTO dsp_publication_redaction (publication_id, field, reason, redacted_by, redacted_at)"
                        + " VALUES (?, 'enterpriseName', '个人信息', 'officer', ?)", id, Timestamp.from(now));
            }
        }
        // prepared but not released: never public
        insert(tag + "-held", "南京绿洁" + tag + "有限公司", product, "RESULT", "PREPARED", null);

        ListPage results = list("officer", "/public/results");
        ListPage.Pages pages = results.assertPaged("product=" + tag, 45);
        // newest first: the one whose name was withheld (released ten days back) is on the last page, its name not shown
        assertThat(pages.first()).doesNotContain("不予公开");
        assertThat(pages.last()).contains("不予公开");
        assertThat(pages.last().split("南京绿洁" + tag + "有限公司", -1)).as("4 named, 2 withheld").hasSize(2);

        String green = "%E7%BB%BF%E6%B4%81" + tag; // 绿洁<tag>
        assertThat(results.get("product=" + tag + "&enterprise=" + green)).contains("共 21 条"); // 22 even, one withheld
        assertThat(results.get("enterprise=" + green)).contains("共 21 条");
        assertThat(results.get("product=" + tag + "&kind=ANNOUNCEMENT")).contains("共 15 条");
        assertThat(results.get("product=" + tag + "&from=" + today().minusDays(1))).contains("共 35 条");
        assertThat(results.get("product=" + tag + "&to=" + today().minusDays(5))).contains("共 10 条");
        // LIKE's wildcards are literal; nonsense finds nothing and fails nothing
        assertThat(results.get("product=" + tag + "&enterprise=%25")).contains("共 0 条").contains("没有符合条件的记录");
        assertThat(results.get("product=" + tag + "&kind=NOPE&from=abc&page=abc&size=7")).contains("共 45 条").contains("第 1 / 3 页");
        // English on request, the language kept by the pager
        assertThat(results.get("product=" + tag + "&lang=en")).contains("45 in all").contains("lang=en&amp;page=2");
    }

    private long insert(String code, String enterpriseName, String product, String kind, String status, Instant releasedAt) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO dsp_case (task_code, sample_code, report_no, authority_code, lab_code, enterprise_code, enterprise_name,"
                + " product_name, conclusion, grade, status, opened_at, row_version, product_code, region_code)"
                + " VALUES (?, ?, ?, 'AUTH-320100', 'LAB1', 'ENT-A', ?, ?, 'NONCONFORMING', 'GENERAL', 'CLOSED', ?, 0, 'TISSUE_PAPER', '320102')",
                code, "YP-" + code, "R-" + code, enterpriseName, product, now);
        Long caseId = jdbc.queryForObject("SELECT id FROM dsp_case WHERE task_code = ?", Long.class, code);
        jdbc.update("INSERT INTO dsp_publication (case_id, kind, status, authority_code, enterprise_name, product_name, conclusion_text,"
                + " created_at, released_at, row_version) VALUES (?, ?, ?, 'AUTH-320100', ?, ?, '不合格', ?, ?, 0)",
                caseId, kind, status, enterpriseName, product, now, releasedAt == null ? null : Timestamp.from(releasedAt));
        return jdbc.queryForObject("SELECT id FROM dsp_publication WHERE case_id = ?", Long.class, caseId);
    }
}
