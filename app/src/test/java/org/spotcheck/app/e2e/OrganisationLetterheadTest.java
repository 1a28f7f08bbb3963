package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.shared.Parties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17.3 on 机构管理: the system administrator sets an organisation's address and 文号 prefix, which the official
 * documents then print (the Parties port, ADR 0021); a control character, an over-long value or a prefix with
 * brackets is refused beside its field in Chinese (English with ?lang=en) with the rest kept; each change is audited
 * with the values before and after; no one else may change it. A fresh organisation is used, so the demo authorities'
 * numbers stay as they are.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationLetterheadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Parties parties;

    @Test
    void theAdministratorSetsAnAuthoritysAddressAndPrefixValidatedAndAudited() {
        String code = "AUTH-T" + System.nanoTime() % 100_000_000;
        jdbc.update("INSERT INTO sys_organisation (code, org_type, name, region_code, created_by, created_at)"
                + " VALUES (?, 'AUTHORITY', '试验市市场监督管理局', '320200', 'sysadmin', ?)", code, Timestamp.from(Instant.now()));
        WebClient admin = new WebClient(port);
        admin.login("sysadmin", Api.PASSWORD);
        String page = admin.get("/admin/organisations").body();
        assertThat(page).contains("id=\"org-" + code + "\"").contains("文号前缀").contains("地址");
        String path = "/admin/organisations/" + code + "/letterhead";

        WebClient.Reply saved = admin.postForm(path, WebClient.form("address", " 江苏省试验市人民路1号 ", "docPrefix", "试市监"),
                csrf(page));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/admin/organisations").body()).contains("id=\"letterhead-updated\"").contains("value=\"江苏省试验市人民路1号\"")
                .contains("value=\"试市监\"");
        assertThat(parties.organisation(code).address()).isEqualTo("江苏省试验市人民路1号");
        assertThat(parties.organisation(code).documentPrefix()).isEqualTo("试市监");
        SecurityFixtures.awaitAuditRecords(); // the record of the post is written after its redirect went out
        String detail = jdbc.queryForObject("SELECT detail FROM sys_audit WHERE actor = 'sysadmin' AND detail LIKE ? ORDER BY seq DESC",
                String.class, "organisation " + code + " letterhead%");
        assertThat(detail).contains("address none -> '江苏省试验市人民路1号'").contains("prefix none -> '试市监'");

        // refused beside the field, in Chinese, with what was typed kept; nothing stored
        String page2 = admin.get("/admin/organisations").body();
        WebClient.Reply bidi = admin.postForm(path, WebClient.form("address", "新地址", "docPrefix", "试\u202E监"), csrf(page2));
        assertThat(bidi.status()).isEqualTo(200);
        assertThat(bidi.body()).contains("id=\"docPrefix-" + code + "-error\"").contains("不得含有控制字符").contains("value=\"新地址\"")
                .doesNotContain("Must not contain");
        WebClient.Reply longAddress = admin.postForm(path, WebClient.form("address", "路".repeat(301), "docPrefix", "试市监"), csrf(page2));
        assertThat(longAddress.body()).contains("id=\"address-" + code + "-error\"").contains("地址最多 300 字");
        WebClient.Reply brackets = admin.postForm(path, WebClient.form("address", "", "docPrefix", "试市监〔"), csrf(page2));
        assertThat(brackets.body()).contains("id=\"docPrefix-" + code + "-error\"").contains("文号前缀不含空格、括号");
        WebClient.Reply english = admin.postForm(path + "?lang=en", WebClient.form("address", "", "docPrefix", "试 监"), csrf(page2));
        assertThat(english.body()).contains("No spaces, brackets or 号");
        assertThat(parties.organisation(code).documentPrefix()).isEqualTo("试市监");
        assertThat(parties.organisation(code).address()).isEqualTo("江苏省试验市人民路1号");

        // a blank value clears it (documents fall back to the shortened name)
        admin.postForm(path, WebClient.form("address", "江苏省试验市人民路1号", "docPrefix", " "), csrf(admin.get("/admin/organisations").body()));
        assertThat(parties.organisation(code).documentPrefix()).isNull();

        // only the system administrator
        WebClient planner = new WebClient(port);
        planner.login("planner", Api.PASSWORD);
        String plannerPage = planner.get("/tasks").body();
        assertThat(planner.postForm(path, WebClient.form("address", "x", "docPrefix", "x"), csrf(plannerPage)).status()).isEqualTo(403);
        assertThat(parties.organisation(code).address()).isEqualTo("江苏省试验市人民路1号");
    }

    private static String csrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }
}
