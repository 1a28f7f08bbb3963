package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.security.Totp;
import org.spotcheck.shared.Role;

/**
 * The second factor (issue 7, point 3): an approver (or administrator) must enrol TOTP before
 * working, is then challenged at every page login, may use each recovery code once, cannot replay
 * a code, cannot use HTTP Basic, and five wrong codes lock the account.
 */
class SecondFactorTest extends SpotCheckE2e {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<li>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})</li>");

    @Test
    void anApproverEnrolsTotpAndIsChallengedAtEveryLogin() {
        String username = fixtures.account("approver", "LAB1", "LAB", "320100", Role.LAB_APPROVER);

        // before enrolment: the API refuses, the pages lead to the enrolment
        WebClient.Reply api = WebClient.basic(port, username, SecurityFixtures.PASSWORD).get("/api/tasks");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.rule()).isEqualTo("SECOND_FACTOR_REQUIRED");
        WebClient page = new WebClient(port);
        assertThat(page.login(username, SecurityFixtures.PASSWORD).location()).endsWith("/account/second-factor");
        assertThat(page.get("/tasks").location()).endsWith("/account/second-factor");

        WebClient.Reply enrolPage = page.get("/account/second-factor");
        Matcher m = SECRET.matcher(enrolPage.body());
        assertThat(m.find()).isTrue();
        String secret = m.group(1).replace(" ", "");
        assertThat(enrolPage.body()).contains("otpauth://totp/Spotcheck:" + username);

        WebClient.Reply wrong = page.postForm("/account/second-factor", WebClient.form("code", wrongCode(secret)), enrolPage.csrf());
        assertThat(wrong.body()).contains("id=\"error-message\"");
        WebClient.Reply enrolled = page.postForm("/account/second-factor",
                WebClient.form("code", Totp.currentCode(secret, Instant.now())), wrong.csrf());
        assertThat(enrolled.status()).isEqualTo(200);
        List<String> recovery = new ArrayList<>();
        Matcher codes = RECOVERY.matcher(enrolled.body());
        while (codes.find()) {
            recovery.add(codes.group(1));
        }
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(page.get("/tasks").status()).isEqualTo(200);
        // recovery codes are kept only as hashes
        List<String> stored = jdbc.queryForList("SELECT code_hash FROM sys_recovery_code WHERE username = ?", String.class, username);
        assertThat(stored).hasSize(10).allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(stored).doesNotContainAnyElementsOf(recovery);

        // a new login is challenged; a wrong code keeps it out, the right one lets it in with a new session id
        WebClient second = new WebClient(port);
        assertThat(second.login(username, SecurityFixtures.PASSWORD).location()).endsWith("/login/totp");
        assertThat(second.get("/tasks").location()).endsWith("/login/totp");
        assertThat(second.get("/api/tasks").status()).as("a page session never opens the API").isEqualTo(401);
        WebClient.Reply challenge = second.get("/login/totp");
        WebClient.Reply refused = second.postForm("/login/totp", WebClient.form("code", wrongCode(secret)), challenge.csrf());
        assertThat(refused.body()).contains("id=\"error-message\"");
        String before = second.sessionId();
        String nextCode = Totp.code(totpKey(secret), Totp.step(Instant.now()) + 1, 6, "HmacSHA1");
        WebClient.Reply passed = second.postForm("/login/totp", WebClient.form("code", nextCode), refused.csrf());
        assertThat(passed.location()).endsWith("/tasks");
        assertThat(second.sessionId()).isNotEqualTo(before);
        assertThat(second.get("/tasks").status()).isEqualTo(200);

        // the same code again is a replay
        WebClient third = new WebClient(port);
        third.login(username, SecurityFixtures.PASSWORD);
        WebClient.Reply replay = third.postForm("/login/totp", WebClient.form("code", nextCode), third.get("/login/totp").csrf());
        assertThat(replay.body()).contains("id=\"error-message\"");

        // a recovery code works once
        WebClient.Reply recovered = third.postForm("/login/totp", WebClient.form("code", recovery.get(0).toLowerCase()), replay.csrf());
        assertThat(recovered.location()).endsWith("/tasks");
        WebClient fourth = new WebClient(port);
        fourth.login(username, SecurityFixtures.PASSWORD);
        WebClient.Reply reused = fourth.postForm("/login/totp", WebClient.form("code", recovery.get(0)), fourth.get("/login/totp").csrf());
        assertThat(reused.body()).contains("id=\"error-message\"");

        // HTTP Basic cannot carry the second factor: refused
        assertThat(WebClient.basic(port, username, SecurityFixtures.PASSWORD).get("/api/tasks").rule()).isEqualTo("SECOND_FACTOR_REQUIRED");
        assertThat(SecurityFixtures.awaitAudit(port, "actor=" + username + "&action=LOGIN_SECOND_FACTOR", e -> true)).hasSize(2);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=" + username + "&action=LOGIN_SECOND_FACTOR_FAILED", e -> true)).hasSize(3);
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndTheSession() {
        String username = fixtures.account("admin2fa", "AUTH-320100", "AUTHORITY", "320100", Role.PLAN_APPROVER);
        String secret = Totp.newSecret();
        accounts.enableTotp(username, secret, Totp.step(Instant.now()) - 5);
        WebClient page = new WebClient(port);
        assertThat(page.login(username, SecurityFixtures.PASSWORD).location()).endsWith("/login/totp");
        WebClient.Reply reply = page.get("/login/totp");
        for (int i = 0; i < 4; i++) {
            reply = page.postForm("/login/totp", WebClient.form("code", wrongCode(secret)), reply.csrf());
            assertThat(reply.status()).isEqualTo(200);
        }
        WebClient.Reply locked = page.postForm("/login/totp", WebClient.form("code", wrongCode(secret)), reply.csrf());
        assertThat(locked.location()).endsWith("/login?locked");
        assertThat(page.get("/tasks").location()).contains("/login");
        assertThat(new WebClient(port).login(username, SecurityFixtures.PASSWORD).location()).contains("/login?error");

        // the security administrator resets the second factor: the account must enrol again
        WebClient secadmin = WebClient.basic(port, "secadmin", Api.PASSWORD);
        assertThat(secadmin.postJson("/api/security/users/" + username + "/unlock", null).status()).isEqualTo(200);
        assertThat(secadmin.postJson("/api/security/users/" + username + "/reset-second-factor", null).json()
                .get("secondFactorEnrolled").asBoolean()).isFalse();
        assertThat(new WebClient(port).login(username, SecurityFixtures.PASSWORD).location()).endsWith("/account/second-factor");
    }

    private static byte[] totpKey(String secret) {
        return Totp.base32Decode(secret);
    }

    /** A code that is not valid in the current window. */
    private static String wrongCode(String secret) {
        byte[] key = totpKey(secret);
        long step = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean valid = false;
            for (long s = step - 2; s <= step + 2; s++) {
                valid |= Totp.code(key, s, 6, "HmacSHA1").equals(code);
            }
            if (!valid) {
                return code;
            }
        }
    }
}
