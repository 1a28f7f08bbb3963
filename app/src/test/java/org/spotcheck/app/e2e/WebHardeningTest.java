package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Web hardening (issue 7, point 7): CSP with frame-ancestors, nosniff, frame options and HSTS
 * behind HTTPS; CSRF on pages and no cookie authentication on the API; HttpOnly, SameSite and
 * (behind HTTPS) Secure cookies; generic error pages without stack traces.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebHardeningTest {

    private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "tools.jackson", "org.springframework",
            "SQL", "stacktrace", "trace");

    @LocalServerPort
    int port;

    @Test
    void pagesAndApiSendTheSecurityHeaders() {
        for (WebClient.Reply reply : List.of(new WebClient(port).get("/login"), new WebClient(port).get("/api/public/plans"),
                WebClient.basic(port, "planner", Api.PASSWORD).get("/api/plans"))) {
            assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("default-src 'self'")
                    .contains("object-src 'none'").doesNotContain("unsafe-eval")
                    // a picked photo's thumbnail is a blob: URL (photo-preview.js); it showed as a broken image
                    .contains("img-src 'self' data: blob:");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
        }
        assertThat(new WebClient(port).get("/login").header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void behindAnHttpsProxyHstsIsSentAndTheSessionCookieIsSecure() {
        WebClient.Reply reply = new WebClient(port).header("X-Forwarded-Proto", "https").get("/login");
        assertThat(reply.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        assertThat(reply.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));
        assertThat(WebClient.basic(port, "planner", Api.PASSWORD).header("X-Forwarded-Proto", "https").get("/api/plans")
                .header("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        WebClient.Reply reply = new WebClient(port).get("/login");
        String cookie = reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void pagePostsNeedTheirCsrfToken() {
        WebClient page = new WebClient(port);
        page.login("planner", Api.PASSWORD);
        Map<String, List<String>> plan = WebClient.form("title", "CSRF", "kind", "ANNUAL", "planYear", "2027", "legalBasis", "x",
                "productCode", "PLASTIC_BAG", "regionCode", "320100", "labCode", "LAB1", "batches", "1", "quarter", "1",
                "budget", "1", "reason", "COMPLAINTS");
        assertThat(page.postForm("/plans", plan, null).status()).isEqualTo(403);
        assertThat(page.postForm("/plans", plan, "forged-token").status()).isEqualTo(403);
        // the login form too (login CSRF)
        assertThat(new WebClient(port).postForm("/login", WebClient.form("username", "planner", "password", Api.PASSWORD), null).status())
                .isEqualTo(403);
        // logout is a POST with the token; a GET changes nothing
        page.get("/logout");
        assertThat(page.get("/tasks").status()).isEqualTo(200);
        WebClient.Reply form = page.get("/plans/new");
        assertThat(page.postForm("/plans", plan, form.csrf()).status()).isEqualTo(302);
    }

    @Test
    void aPageSessionDoesNotAuthenticateTheApiSoTheApiNeedsNoCsrfToken() {
        WebClient page = new WebClient(port);
        page.login("planner", Api.PASSWORD);
        WebClient api = new WebClient(port);
        page.copySessionTo(api);
        assertThat(api.get("/api/plans").status()).isEqualTo(401);
        assertThat(api.postJson("/api/plans", Api.planCommand("cookie only", "PLASTIC_BAG", "320100", "LAB1")).status()).isEqualTo(401);
    }

    @Test
    void errorPagesAreGenericWithoutStackTraces() {
        WebClient page = new WebClient(port);
        page.login("planner", Api.PASSWORD);
        assertGeneric(page.get("/no-such-page"), 404);
        assertGeneric(page.get("/plans/not-a-number"), 400);
        assertGeneric(page.header("Accept", "text/html").get("/error"), 404);
        WebClient api = WebClient.basic(port, "planner", Api.PASSWORD);
        assertGeneric(api.get("/api/plans/999999999"), 404);
        assertGeneric(api.postJson("/api/plans", "{\"title\": [1, 2, {\"deep\": "), 400);
        assertGeneric(api.header("Accept", "application/json").get("/error"), 404);
        assertGeneric(new WebClient(port).header("Accept", "application/json").get("/api/no-such-endpoint"), 401);
        assertGeneric(api.get("/api/no-such-endpoint"), 404);
    }

    private static void assertGeneric(WebClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        for (String leak : LEAKS) {
            assertThat(reply.body()).as("status " + status + " body").doesNotContain(leak);
        }
    }
}
