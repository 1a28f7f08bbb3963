package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.4 on 样品与报告 (/lab-samples): searched by number (sample, case or report), enterprise, product, status
 * and registration date, paged in the database with its total, the filters kept in the URL, and only the caller's
 * lab's samples counted. Samples are written straight into tst_lab_sample so that a page overflows; the list is
 * read over HTTP.
 */
class LabSampleListSearchTest extends ListSearchTestBase {

    @Override
    Pattern row() {
        return Pattern.compile("<tr id=\"lab-sample-\\d+\"");
    }

    @Test
    void theLabsSamplesAreSearchedAndPagedOnTheServerWithinTheLab() {
        String tag = tag("L");
        String product = "样品检索品" + tag;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 1; i <= 45; i++) {
            // 45 at LAB1: the first ten registered ten days back, every third received, the even ones from ENT-A
            long id = insert(tag + "-" + i, "LAB1", i % 2 == 0 ? "ENT-A" : "ENT-B", i % 2 == 0 ? "南京绿洁塑料制品有限公司" : "南京白云纸业有限公司",
                    product, i % 3 == 0 ? "RECEIVED" : "AWAITING_RECEIPT", i <= 10 ? now.minus(10, ChronoUnit.DAYS) : now);
            if (i == 7) {
                jdbc.update("INSERT INTO tst_report (lab_sample_id, report_no, version, conclusion, status, drafted_by, drafted_at)"
                        + " VALUES (?, ?, 1, 'NO_NONCONFORMITY_FOUND', 'ISSUED', 'lab1-tester', ?)", id, "BG-" + tag + "-SEVEN", Timestamp.from(now));
            }
        }
        // the same product at the other lab: never counted for LAB1
        insert(tag + "-other", "LAB2", "ENT-A", "南京绿洁塑料制品有限公司", product, "AWAITING_RECEIPT", now);

        ListPage samples = list("lab1-tester", "/lab-samples");
        String first = samples.assertPaged("product=" + tag, 45).first();
        assertThat(first).doesNotContain("YP-" + tag + "-other").contains(">YP-" + tag + "-45<");

        assertThat(samples.get("number=YP-" + tag + "-4")).contains("共 7 条"); // -4, -40 … -45
        assertThat(samples.get("number=" + tag + "-SEVEN")).contains("共 1 条").contains(">YP-" + tag + "-7<"); // by report number
        assertThat(samples.get("product=" + tag + "&enterprise=%E7%BB%BF%E6%B4%81")).contains("共 22 条"); // 绿洁
        assertThat(samples.get("product=" + tag + "&enterprise=ENT-B")).contains("共 23 条");
        assertThat(samples.get("product=" + tag + "&status=RECEIVED")).contains("共 15 条");
        assertThat(samples.get("product=" + tag + "&from=" + today().minusDays(1))).contains("共 35 条");
        assertThat(samples.get("product=" + tag + "&to=" + today().minusDays(5))).contains("共 10 条");
        assertThat(samples.get("product=" + tag + "&number=%25")).contains("共 0 条").contains("没有符合条件的记录");
        assertThat(samples.get("product=" + tag + "&status=NOPE&from=x&page=abc&size=7")).contains("共 45 条").contains("第 1 / 3 页");
        assertThat(samples.get("product=" + tag + "&lang=en")).contains("45 in all").contains("lang=en&amp;page=2");
        // the other lab sees only its own
        assertThat(list("lab2-tester", "/lab-samples").get("product=" + tag)).contains("共 1 条");
    }

    private long insert(String code, String lab, String enterprise, String enterpriseName, String product, String status, Instant at) {
        jdbc.update("INSERT INTO tst_lab_sample (sample_code, sample_id, task_code, lab_code, authority_code, enterprise_code, enterprise_name,"
                + " product_code, product_name, rule_id, rule_title, rule_version, test_seal_number, samplers, status, registered_at, row_version)"
                + " VALUES (?, 0, ?, ?, 'AUTH-320100', ?, ?, 'TISSUE_PAPER', ?, 0, '纸巾纸实施细则', '2024', 'F-1', '张三', ?, ?, 0)",
                "YP-" + code, code, lab, enterprise, enterpriseName, product, status, Timestamp.from(at));
        return jdbc.queryForObject("SELECT id FROM tst_lab_sample WHERE sample_code = ?", Long.class, "YP-" + code);
    }
}
