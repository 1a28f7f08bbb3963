package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.4 on 用户管理 (/admin/users): searched by username or name, organisation, role and state, paged in the
 * database with its total and the filters kept in the URL; only the system administrator opens it. Accounts are
 * written straight into sys_user so that a page overflows; the page is read over HTTP.
 */
class UserListSearchTest extends ListSearchTestBase {

    @Override
    Pattern row() {
        return Pattern.compile("<tr id=\"user-[^\"]+\">");
    }

    @Test
    void theUsersListIsSearchedAndPagedOnTheServer() {
        String tag = tag("u");
        Timestamp now = Timestamp.from(Instant.now());
        // a real password hash (the demo users'), as every stored account has one (AccountsAndLoginTest checks them all)
        String hash = jdbc.queryForObject("SELECT password_hash FROM sys_user WHERE username = 'planner'", String.class);
        for (int i = 1; i <= 45; i++) {
            // 45 accounts in Suzhou named 检索用户<tag>: every third disabled, every fifth an auditor
            String username = "lister-" + tag + "-" + i;
            jdbc.update("INSERT INTO sys_user (username, password_hash, display_name, org_code, org_type, region_code, enabled, created_at)"
                    + " VALUES (?, ?, ?, 'AUTH-320500', 'AUTHORITY', '320500', ?, ?)", username, hash, "检索用户" + tag + "号" + i, i % 3 != 0, now);
            if (i % 5 == 0) {
                jdbc.update("INSERT INTO sys_user_role (username, role) VALUES (?, 'AUDITOR')", username);
            }
        }
        ListPage users = list("sysadmin", "/admin/users");
        String first = users.assertPaged("name=" + tag, 45).first();
        assertThat(first).contains("苏州市市场监督管理局").contains("安全审计员");
        assertThat(users.get("name=lister-" + tag + "-4")).contains("共 7 条"); // by username: -4, -40 … -45
        assertThat(users.get("name=" + tag + "&state=DISABLED")).contains("共 15 条");
        assertThat(users.get("name=" + tag + "&state=ENABLED&role=AUDITOR")).contains("共 6 条"); // 5,10,20,25,35,40
        assertThat(users.get("name=" + tag + "&org=AUTH-320100")).contains("共 0 条").contains("没有符合条件的记录");
        assertThat(users.get("name=%25" + tag)).contains("共 0 条");
        assertThat(users.get("name=" + tag + "&role=NOPE&state=x&page=abc&size=7")).contains("共 45 条").contains("第 1 / 3 页");
        assertThat(users.get("name=" + tag + "&lang=en")).contains("45 in all").contains("lang=en&amp;page=2");
        // only the system administrator
        WebClient planner = new WebClient(port);
        planner.login("planner", Api.PASSWORD);
        assertThat(planner.get("/admin/users?name=" + tag).status()).isEqualTo(403);
    }
}
