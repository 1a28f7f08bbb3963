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
        notifications.notifyOnce("LAB_TESTER:LAB1", "TEST", "BELL-1", null, "样品即将到期 " + key, null, key);
        notifications.notifyOnce("lab1-tester", "TEST", "BELL-1", null, "个人提醒 " + key, null, key + "-own");

        assertThat(unread("lab1-tester")).isEqualTo(2);
        assertThat(unread(colleague)).isEqualTo(1); // the group reminder only, not lab1-tester's own
        assertThat(unread("lab2-tester")).isEqualTo(otherLab); // another lab's group is not his

        // the bell in the navigation bar shows the count; the inbox shows the reminders and marks them seen
        Browserless tester = new Browserless(port, "lab1-tester");
        assertThat(tester.get("/notifications/badge").body()).contains("id=\"bell-unread\"").contains(">2<");
        Browserless.Page inbox = tester.get("/tasks");
        assertThat(inbox.body()).contains("id=\"nav-bell\"").contains("个人提醒 " + key).contains("fw-bold unread");
        assertThat(unread("lab1-tester")).isZero();
        assertThat(tester.get("/notifications/badge").body()).doesNotContain("bell-unread");
        assertThat(tester.get("/tasks").body()).contains("个人提醒 " + key).doesNotContain("fw-bold unread");

        // the colleague reads on his own
        assertThat(unread(colleague)).isEqualTo(1);
        assertThat(api.post(colleague, "/api/notifications/seen", Map.of()).status()).isEqualTo(204);
        assertThat(unread(colleague)).isZero();
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
