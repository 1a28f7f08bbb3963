package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrators' pages carry the whole account life cycle without the API: the system
 * administrator registers an organisation and an account, the security administrator grants a role
 * and issues a lab token (each secret shown once), the new user sets his own password.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdministrationPagesTest {

    private static final Pattern INITIAL = Pattern.compile("id=\"initial-password\">.*?<code[^>]*>([A-Za-z0-9]{16})</code>", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("id=\"issued-token\">.*?<code[^>]*>(sct_[A-Za-z0-9_-]+)</code>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void anAccountIsCreatedGrantedAndStartedThroughThePages() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        String orgCode = "LAB-P" + suffix.toUpperCase();
        String username = "page-" + suffix;

        WebClient sysadmin = new WebClient(port);
        sysadmin.login("sysadmin", Api.PASSWORD);
        WebClient.Reply orgs = sysadmin.get("/admin/organisations");
        WebClient.Reply createdOrg = sysadmin.postForm("/admin/organisations", WebClient.form("code", orgCode, "orgType", "LAB",
                "name", "页面测试检验所", "regionCode", "320100"), orgs.csrf());
        assertThat(createdOrg.location()).endsWith("/admin/organisations");
        assertThat(sysadmin.get("/admin/organisations").body()).contains(orgCode).contains("页面测试检验所");

        WebClient.Reply users = sysadmin.get("/admin/users");
        WebClient.Reply bad = sysadmin.postForm("/admin/users", WebClient.form("username", "Bad Name!", "displayName", "x",
                "orgCode", orgCode), users.csrf());
        assertThat(sysadmin.get(WebClient.path(bad.location())).body()).contains("id=\"error-message\"");
        WebClient.Reply created = sysadmin.postForm("/admin/users", WebClient.form("username", username, "displayName", "页面 新人",
                "orgCode", orgCode), users.csrf());
        WebClient.Reply shown = sysadmin.get(WebClient.path(created.location()));
        Matcher initial = INITIAL.matcher(shown.body());
        assertThat(initial.find()).as("the initial password is shown").isTrue();
        String password = initial.group(1);
        assertThat(sysadmin.get("/admin/users").body()).as("and only once").doesNotContain(password);

        // the address reminders and served notices go to: a bad one is refused on the page, a good one kept
        WebClient.Reply badEmail = sysadmin.postForm("/admin/users/" + username + "/email", WebClient.form("email", "not-an-address"),
                users.csrf());
        assertThat(sysadmin.get(WebClient.path(badEmail.location())).body()).contains("id=\"error-message\"").contains("电子邮箱格式不正确");
        sysadmin.postForm("/admin/users/" + username + "/email", WebClient.form("email", username + "@lab.example.cn"), users.csrf());
        assertThat(sysadmin.get("/admin/users?name=" + username).body()).contains("value=\"" + username + "@lab.example.cn\""); // the list is paged: search for it
        Api api = new Api(port);
        Api.Response apiBad = api.put("sysadmin", "/api/admin/users/" + username + "/email", java.util.Map.of("email", "x@y"));
        assertThat(apiBad.status()).isEqualTo(400);
        assertThat(apiBad.errorFields()).containsExactly("email");
        assertThat(api.put("officer", "/api/admin/users/" + username + "/email", java.util.Map.of("email", "a@b.cn")).status()).isEqualTo(403);
        assertThat(api.put("sysadmin", "/api/admin/users/" + username + "/email", java.util.Map.of("email", "")).get("email").isNull()).isTrue();

        WebClient secadmin = new WebClient(port);
        secadmin.login("secadmin", Api.PASSWORD);
        WebClient.Reply roles = secadmin.get("/security/users");
        assertThat(roles.body()).contains("id=\"user-" + username + "\"");
        secadmin.postForm("/security/users/" + username + "/roles", WebClient.form("role", "LAB_TESTER"), roles.csrf());
        WebClient.Reply refused = secadmin.postForm("/security/users/" + username + "/roles", WebClient.form("role", "AUDITOR"), roles.csrf());
        assertThat(secadmin.get(WebClient.path(refused.location())).body()).contains("id=\"error-message\"");

        WebClient.Reply tokens = secadmin.get("/security/tokens");
        WebClient.Reply issued = secadmin.postForm("/security/tokens", WebClient.form("labCode", orgCode, "name", "页面 LIMS",
                "validDays", "30"), tokens.csrf());
        Matcher token = TOKEN.matcher(secadmin.get(WebClient.path(issued.location())).body());
        assertThat(token.find()).isTrue();
        assertThat(secadmin.get("/security/tokens").body()).doesNotContain(token.group(1)).contains("页面 LIMS");
        assertThat(WebClient.bearer(port, token.group(1)).get("/api/lab-samples").status()).isEqualTo(200);

        WebClient user = new WebClient(port);
        assertThat(user.login(username, password).location()).endsWith("/account/password");
        WebClient.Reply form = user.get("/account/password");
        WebClient.Reply changed = user.postForm("/account/password", WebClient.form("currentPassword", password,
                "newPassword", "my own page passphrase", "confirmPassword", "my own page passphrase"), form.csrf());
        assertThat(changed.location()).endsWith("/tasks");
        assertThat(user.get("/tasks").status()).isEqualTo(200);
        assertThat(WebClient.basic(port, username, "my own page passphrase").get("/api/lab-samples").status()).isEqualTo(200);

        // the system administrator disables the account from the page
        WebClient.Reply list = sysadmin.get("/admin/users");
        sysadmin.postForm("/admin/users/" + username + "/disable", java.util.Map.of(), list.csrf());
        assertThat(user.get("/tasks").location()).contains("/login");
    }
}
