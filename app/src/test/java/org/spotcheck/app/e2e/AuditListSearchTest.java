package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.audit.AuditEvent;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17.4 on the audit page (安全审计): paged on the server (20 or 50 a page) with the total, no silent stop at
 * 200 rows, searched by user, action, outcome, resource and Beijing dates, the filters kept in the URL, and still
 * only for the audit administrator. Records are appended through the log itself, so the hash chain stays whole.
 */
class AuditListSearchTest extends ListSearchTestBase {

    @Override
    Pattern row() {
        return Pattern.compile("<tr>\\s*<td>\\d+</td>");
    }

    @Autowired
    AuditLog auditLog;

    @Test
    void theAuditPageIsSearchedAndPagedOnTheServerWithItsTotalAndKeepsItsFiltersInTheUrl() {
        String tag = tag("L");
        String user = "lister-" + tag;
        for (int i = 1; i <= 215; i++) { // more than the 200 rows the page used to stop at
            auditLog.append(new AuditEvent(user, "AUTH-320100", i % 5 == 0 ? "HTTP_POST" : "HTTP_GET", "/plans/" + tag + "-" + i,
                    i % 3 == 0 ? AuditOutcome.DENIED : AuditOutcome.SUCCESS, i % 3 == 0 ? 403 : 200, "10.0.0.1", null));
        }

        ListPage audit = list("auditor", "/audit");
        ListPage.Pages pages = audit.assertPaged("actor=" + user, 215);
        String first = pages.first();
        assertThat(pages.last()).contains("/plans/" + tag + "-1<").doesNotContain("/plans/" + tag + "-215<");
        assertThat(pages.fifty()).contains("href=\"?actor=" + user + "&amp;size=50&amp;page=4\"");
        // newest first; times in Beijing time yyyy-MM-dd HH:mm
        assertThat(first).contains("/plans/" + tag + "-215<").doesNotContain("/plans/" + tag + "-195<");
        assertThat(first).containsPattern("<td class=\"text-nowrap\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</td>");

        // by action, outcome, resource and date
        assertThat(audit.get("actor=" + user + "&action=HTTP_POST")).contains("共 43 条");
        assertThat(audit.get("actor=" + user + "&outcome=DENIED")).contains("共 71 条");
        assertThat(audit.get("actor=" + user + "&action=HTTP_POST&outcome=DENIED")).contains("共 14 条");
        assertThat(audit.get("actor=" + user + "&target=" + tag + "-2")).contains("共 27 条"); // -2, -20…-29 and -200…-215
        assertThat(audit.get("actor=" + user + "&from=" + today().minusDays(1) + "&to=" + today().plusDays(1))).contains("共 215 条");
        assertThat(audit.get("actor=" + user + "&to=" + today().minusDays(2))).contains("共 0 条");
        // LIKE's wildcards are literal; nonsense pages and sizes fall back and fail nothing
        assertThat(audit.get("actor=" + user + "&target=%25")).contains("共 0 条");
        assertThat(audit.get("actor=" + user + "&page=abc&size=7")).contains("共 215 条").contains("第 1 / 11 页");
        // English on request
        assertThat(audit.get("actor=" + user + "&lang=en")).contains("Resource contains").contains("lang=en&amp;page=2");

        // who may see it is unchanged
        WebClient planner = new WebClient(port);
        planner.login("planner", Api.PASSWORD);
        assertThat(planner.get("/audit?actor=" + user).status()).isEqualTo(403);
    }
}
