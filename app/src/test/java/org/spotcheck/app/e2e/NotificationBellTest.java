package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.notification.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell (issue 8): unread counts per user, a group reminder read by each member on his own. */
class NotificationBellTest extends SpotCheckE2e {

    @Autowired
    NotificationService notifications;

    @Autowired
    org.spotcheck.app.notification.NotificationMapper mapper;

    private long unread(String user) {
        Api.Response r = api.get(user, "/api/notifications/unread-count");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.get("unread").asLong();
    }

    @Test
    void aGroupReminderIsUnreadForEachMemberUntilHeHasSeenIt() {
        String colleague = "tester-bell-" + Instant.now().toEpochMilli() % 10_000_000;
        transactions.executeWithoutResult(s -> {
            accounts.insert(colleague, passwords.encode(Api.PASSWORD), "同事 " + colleague, "LAB1", "LAB", "320100", Instant.now());
            accounts.insertRole(colleague, "LAB_TESTER");
            accounts.markDemo(colleague);
        });
        assertThat(api.post("lab1-tester", "/api/notifications/seen", Map.of()).status()).isEqualTo(204);
        assertThat(api.post(colleague, "/api/notifications/seen", Map.of()).status()).isEqualTo(204);
        assertThat(unread("lab1-tester")).isZero();
        long otherLab = unread("lab2-tester");

        String key = "bell-" + System.nanoTime();
        notifications.notifyOnce("LAB_TESTER:LAB1", "TEST", "BELL-1", null, org.spotcheck.shared.StoredMessage.of("stored.confirmation.pleaseConfirm", key), null, key);
        notifications.notifyOnce("lab1-tester", "TEST", "BELL-1", null, org.spotcheck.shared.StoredMessage.of("stored.confirmation.pleaseConfirm", key + "-own"), null, key + "-own");

        assertThat(unread("lab1-tester")).isEqualTo(2);
        assertThat(unread(colleague)).isEqualTo(1); // the group reminder only, not lab1-tester's own
        assertThat(unread("lab2-tester")).isEqualTo(otherLab); // another lab's group is not his

        // the bell in the navigation bar shows the count; the inbox shows the reminders and marks them seen
        Browserless tester = new Browserless(port, "lab1-tester");
        assertThat(tester.get("/notifications/badge").body()).contains("id=\"bell-unread\"").contains(">2<");
        Browserless.Page inbox = tester.get("/tasks");
        assertThat(inbox.body()).contains("id=\"nav-bell\"").contains("请确认抽样单 " + key + "-own").contains("fw-bold unread");
        assertThat(unread("lab1-tester")).isZero();
        assertThat(tester.get("/notifications/badge").body()).doesNotContain("bell-unread");
        assertThat(tester.get("/tasks").body()).contains("请确认抽样单 " + key + "-own").doesNotContain("fw-bold unread");

        // the colleague reads on his own
        assertThat(unread(colleague)).isEqualTo(1);
        assertThat(api.post(colleague, "/api/notifications/seen", Map.of()).status()).isEqualTo(204);
        assertThat(unread(colleague)).isZero();
    }

    /**
     * Issue 17: a row stored before V5_160 has no key and keeps its text: a "中文 / English" pair shows the reader's half,
     * a Chinese text shows as it was stored; a row with a key reads in the reader's language.
     */
    @Test
    void aRowStoredBeforeTheKeysKeepsItsTextAndAKeyedRowReadsInTheReadersLanguage() {
        String key = "old-" + System.nanoTime();
        transactions.executeWithoutResult(s -> {
            mapper.insertOnce("lab2-tester", "CASE", "OLD-" + key, null, "复查不合格公告待脱敏审核后公开 " + key
                    + " / an announcement waits for the redaction review", null, key, Instant.now(), null, null);
            notifications.notifyOnce("lab2-tester", "TEST", "OLD-" + key, null,
                    org.spotcheck.shared.StoredMessage.of("deadline.overdue", org.spotcheck.shared.StoredMessage.Arg.step("approveReport", "批准报告"),
                            "NEW-" + key), null, key + "-new");
        });
        String zh = api.get("lab2-tester", "/api/notifications").body();
        assertThat(zh).contains("复查不合格公告待脱敏审核后公开 " + key + "\"").doesNotContain("an announcement waits")
                .contains("「批准报告」NEW-" + key + " 已逾期并已督办");
        String en = api.get("lab2-tester", "/api/notifications?lang=en").body();
        assertThat(en).contains("an announcement waits for the redaction review").doesNotContain("复查不合格公告待脱敏审核后公开 " + key)
                .contains("“Approve the report” NEW-" + key + " is overdue and escalated").doesNotContain("批准报告");
        assertThat(new Browserless(port, "lab2-tester").get("/tasks?lang=en").body()).contains("“Approve the report” NEW-" + key + " is overdue");
    }

    /** The bell polls; once the session is gone an htmx request gets a bare 401 (not swapped in), a page the login redirect. */
    @Test
    void theBellsPollingWithoutASessionGetsA401AndThePageStillRedirectsToTheLogin() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.URI badge = java.net.URI.create("http://localhost:" + port + "/notifications/badge");
        java.net.http.HttpResponse<String> polled = client.send(java.net.http.HttpRequest.newBuilder(badge).header("HX-Request", "true").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(polled.statusCode()).isEqualTo(401);
        assertThat(polled.body()).doesNotContain("login-form");
        java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(badge).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        // the navigation bar polls the badge
        assertThat(new Browserless(port, "lab1-tester").get("/tasks").body()).contains("hx-trigger=\"load, every 60s\"");
    }

    /** Each user keeps the address his reminders go to; a bad one is shown beside the field. */
    @Test
    void aUserSetsHisOwnEmailAddressOnTheAccountPageAndTheApi() {
        String user = "mail-self-" + Instant.now().toEpochMilli() % 10_000_000;
        transactions.executeWithoutResult(s -> {
            accounts.insert(user, passwords.encode(Api.PASSWORD), "同事 " + user, "LAB1", "LAB", "320100", Instant.now());
            accounts.insertRole(user, "LAB_TESTER");
            accounts.markDemo(user);
        });
        Browserless browser = new Browserless(port, user);
        Browserless.Page page = browser.get("/account/password");
        assertThat(page.body()).contains("id=\"email-form\"").contains("value=\"" + user + "@demo.spotcheck.local\"");
        Browserless.Page bad = browser.post("/account/email", Map.of("email", java.util.List.of("no-at-sign")), page.csrf());
        assertThat(bad.body()).contains("id=\"email-error\"").contains("电子邮箱格式不正确").contains("value=\"no-at-sign\"");
        Browserless.Page saved = browser.post("/account/email", Map.of("email", java.util.List.of(user + "@lab1.example.cn")), page.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get("/account/password").body()).contains("id=\"email-saved\"").contains(user + "@lab1.example.cn");
        Api.Response viaApi = api.put(user, "/api/account/email", Map.of("email", user + "@lab1.example.org"));
        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(200);
        assertThat(viaApi.get("email").asString()).isEqualTo(user + "@lab1.example.org");
        assertThat(api.put(user, "/api/account/email", Map.of("email", "bad")).errorFields()).containsExactly("email");
    }
}
