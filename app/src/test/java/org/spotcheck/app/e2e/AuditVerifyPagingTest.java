package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.audit.AuditEvent;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.spotcheck.app.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: 校验 (/audit/verify) verifies the hash chain and then shows the whole paged list with its total, not the
 * first 20 records only; its pager leads to /audit, so turning a page does not verify the whole chain again.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditVerifyPagingTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Test
    void theVerifyPageShowsTheWholePagedListWhosePagerLeadsToTheAuditList() {
        for (int i = 1; i <= 25; i++) { // more than one page of 20, whatever else the suite wrote before
            auditLog.append(new AuditEvent("verifier-" + i, "AUTH-320100", "HTTP_GET", "/plans/verify-" + i,
                    AuditOutcome.SUCCESS, 200, "10.0.0.1", null));
        }
        WebClient page = new WebClient(port);
        page.login("auditor", Api.PASSWORD);
        WebClient.Reply reply = page.get("/audit/verify");
        assertThat(reply.status()).isEqualTo(200);
        String html = reply.body();
        assertThat(html).contains("id=\"verification\"").contains("alert-success");
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("共 ([\\d,]+) 条").matcher(html); // grouped beyond 999: 共 1,234 条
        assertThat(shown.find()).as("the list's total").isTrue();
        long total = Long.parseLong(shown.group(1).replace(",", ""));
        // the whole log, not the first 20 (the log may have grown by this request's own record since)
        assertThat(total).isGreaterThanOrEqualTo(25)
                .isLessThanOrEqualTo(auditLog.count(new AuditQuery(null, null, null, null, null, null, true, 20, 0, null)));
        assertThat(html).contains("href=\"/audit?page=2\"").doesNotContain("href=\"?page=2\"");
        // the list itself still pages on its own path
        assertThat(page.get("/audit").body()).contains("href=\"?page=2\"");
    }
}
