package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 三员分立 (issue 7, point 1): no account can both grant permissions and read or delete audit
 * records. The grant API refuses every combination, an account combined behind the application's
 * back cannot log in, each administrator is refused the others' functions, and no endpoint changes
 * or deletes audit records.
 */
class SeparationOfDutiesAccessTest extends SpotCheckE2e {

    private static final Set<String> ADMIN = Set.of("SYS_ADMIN", "SEC_ADMIN", "AUDITOR");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    WebClient secadmin;

    @BeforeEach
    void setUp() {
        secadmin = WebClient.basic(port, "secadmin", Api.PASSWORD);
    }

    private WebClient.Reply grant(String username, String role) {
        return secadmin.postJson("/api/security/users/" + username + "/roles", Map.of("role", role));
    }

    @Test
    void theGrantApiRefusesEveryCombinationWithAnAdministratorRole() {
        String auditor = fixtures.account("aud", "AUTH-320100", "AUTHORITY", "320100", Role.AUDITOR);
        for (String role : new String[] {"SEC_ADMIN", "SYS_ADMIN", "PLANNER", "PLAN_APPROVER"}) {
            WebClient.Reply refused = grant(auditor, role);
            assertThat(refused.status()).as(role).isEqualTo(422);
            assertThat(refused.rule()).isEqualTo("SEPARATION_OF_DUTIES");
        }
        String security = fixtures.account("sec", "AUTH-320100", "AUTHORITY", "320100", Role.SEC_ADMIN);
        assertThat(grant(security, "AUDITOR").rule()).isEqualTo("SEPARATION_OF_DUTIES");
        String planner = fixtures.account("pln", "AUTH-320100", "AUTHORITY", "320100", Role.PLANNER);
        assertThat(grant(planner, "AUDITOR").rule()).isEqualTo("SEPARATION_OF_DUTIES");
        assertThat(grant(planner, "PLAN_REVIEWER").status()).isEqualTo(200);
        assertThat(accounts.roles(auditor)).containsExactly("AUDITOR");
        assertThat(accounts.roles(security)).containsExactly("SEC_ADMIN");

        // nobody changes his own permissions, and a role goes only to its kind of organisation
        assertThat(grant("secadmin", "AUDITOR").rule()).isEqualTo("NOT_YOURSELF");
        assertThat(grant(planner, "LAB_TESTER").rule()).isEqualTo("ROLE_NOT_FOR_ORGANISATION");
        assertThat(SecurityFixtures.awaitAudit(port, "actor=secadmin&outcome=FAILURE&limit=50",
                e -> e.get("target").asString().equals("/api/security/users/" + auditor + "/roles"))).isNotEmpty();
    }

    @Test
    void noAccountInTheDatabaseHoldsAnAdministratorRoleWithAnyOther() {
        Integer combined = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT username FROM sys_user_role GROUP BY username "
                + "HAVING COUNT(*) > 1 AND SUM(CASE WHEN role IN ('SYS_ADMIN', 'SEC_ADMIN', 'AUDITOR') THEN 1 ELSE 0 END) > 0) t",
                Integer.class);
        assertThat(combined).isZero();
    }

    @Test
    void anAccountCombinedBehindTheApplicationsBackCannotLogIn() {
        String both = fixtures.account("both", "AUTH-320100", "AUTHORITY", "320100", Role.SEC_ADMIN);
        transactions.executeWithoutResult(s -> accounts.insertRole(both, "AUDITOR"));
        try {
            assertThat(WebClient.basic(port, both, SecurityFixtures.PASSWORD).get("/api/audit").status()).isEqualTo(401);
            assertThat(WebClient.basic(port, both, SecurityFixtures.PASSWORD).get("/api/security/users").status()).isEqualTo(401);
            assertThat(new WebClient(port).login(both, SecurityFixtures.PASSWORD).location()).contains("/login?error");
        } finally {
            transactions.executeWithoutResult(s -> accounts.deleteRole(both, "AUDITOR"));
        }
    }

    @Test
    void eachAdministratorIsRefusedTheOthersFunctions() {
        WebClient sysadmin = WebClient.basic(port, "sysadmin", Api.PASSWORD);
        WebClient auditor = WebClient.basic(port, "auditor", Api.PASSWORD);
        // granting: only the security administrator
        assertThat(sysadmin.postJson("/api/security/users/planner/roles", Map.of("role", "PLAN_REVIEWER")).status()).isEqualTo(403);
        assertThat(auditor.postJson("/api/security/users/planner/roles", Map.of("role", "PLAN_REVIEWER")).status()).isEqualTo(403);
        // reading the audit log: only the audit administrator
        assertThat(secadmin.get("/api/audit").status()).isEqualTo(403);
        assertThat(sysadmin.get("/api/audit").status()).isEqualTo(403);
        assertThat(secadmin.get("/api/audit/export.csv").status()).isEqualTo(403);
        assertThat(auditor.get("/api/audit").status()).isEqualTo(200);
        // accounts: only the system administrator
        assertThat(secadmin.postJson("/api/admin/users", Map.of("username", "x-" + Instant.now().toEpochMilli(),
                "displayName", "x", "orgCode", "LAB1")).status()).isEqualTo(403);
        assertThat(auditor.postJson("/api/admin/users/planner/disable", null).status()).isEqualTo(403);
        // pages likewise
        WebClient auditorPage = new WebClient(port);
        auditorPage.login("auditor", Api.PASSWORD);
        assertThat(auditorPage.get("/audit").status()).isEqualTo(200);
        assertThat(auditorPage.get("/security/users").status()).isEqualTo(403);
        assertThat(auditorPage.get("/admin/users").status()).isEqualTo(403);
        WebClient secPage = new WebClient(port);
        secPage.login("secadmin", Api.PASSWORD);
        assertThat(secPage.get("/security/users").status()).isEqualTo(200);
        assertThat(secPage.get("/audit").status()).isEqualTo(403);
    }

    @Test
    void noEndpointChangesOrDeletesAuditRecords() {
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> paths = info.getPatternValues();
            if (paths.stream().anyMatch(p -> p.startsWith("/api/audit") || p.startsWith("/audit"))) {
                assertThat(info.getMethodsCondition().getMethods()).as(paths.toString()).containsOnly(RequestMethod.GET);
            }
        });
    }
}
