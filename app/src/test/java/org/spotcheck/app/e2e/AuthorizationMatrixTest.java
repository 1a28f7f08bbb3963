package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix (issue 7, point 5): every endpoint the application maps (read from
 * Spring's own handler mapping) × every role (one demo user each, a lab's API token, anonymous)
 * over real HTTP → refused (401/403, or the login page) or let through. An endpoint without a rule
 * in {@link #RULES} fails this test, so a new endpoint cannot ship without one. The second test
 * covers own versus other organisation on the endpoints that take ids.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

    /** Who may call an endpoint. */
    record Rule(boolean open, boolean anyUser, Set<Role> roles) {
        boolean allows(Role role) {
            return open || anyUser || roles.contains(role);
        }
    }

    static Rule open() {
        return new Rule(true, false, Set.of());
    }

    static Rule anyUser() {
        return new Rule(false, true, Set.of());
    }

    static Rule roles(Role... roles) {
        return new Rule(false, false, EnumSet.of(roles[0], roles));
    }

    /** Any business user: every role but the three administrators (三员分立, issue 13.3). */
    static Rule business() {
        return new Rule(false, false, EnumSet.complementOf(EnumSet.of(Role.SYS_ADMIN, Role.SEC_ADMIN, Role.AUDITOR)));
    }

    private static final Role[] LAB_ROLES = {Role.LAB_TESTER, Role.LAB_REVIEWER, Role.LAB_APPROVER};
    private static final Role[] PLAN_READERS = {Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER, Role.OFFICER};

    /** The expected rule of every endpoint, "METHOD pattern" as Spring maps it. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // workflow: any user, data scope inside (second test)
        RULES.put("GET /api/tasks", anyUser());
        RULES.put("GET /api/tasks/{id}", anyUser());
        RULES.put("POST /api/tasks/{id}/claim", anyUser());
        RULES.put("POST /api/tasks/claim", anyUser()); // claiming several tasks over the API (issue 17.4), each its own one-winner check
        RULES.put("POST /api/tasks/{id}/unclaim", anyUser());
        RULES.put("POST /api/tasks/{id}/complete", anyUser());
        RULES.put("GET /api/tasks/completed", anyUser());
        RULES.put("POST /api/tasks/{id}/transfer", anyUser());
        RULES.put("POST /api/tasks/{id}/delegate", anyUser());
        RULES.put("POST /api/tasks/{id}/resolve", anyUser());
        RULES.put("POST /api/tasks/{id}/return", anyUser());
        RULES.put("PUT /api/account/email", anyUser());
        RULES.put("POST /account/email", anyUser());
        RULES.put("POST /api/tasks/{id}/withdraw", anyUser());
        RULES.put("GET /api/tasks/{id}/return-targets", anyUser());
        RULES.put("GET /api/tasks/{id}/colleagues", anyUser());
        RULES.put("POST /api/tasks/{id}/copy", anyUser());
        RULES.put("GET /api/tasks/copies", anyUser());
        RULES.put("POST /api/tasks/copies/{copyId}/read", anyUser());
        RULES.put("POST /tasks/{id}/copy", anyUser());
        RULES.put("POST /tasks/copies/{copyId}/read", anyUser());
        RULES.put("GET /api/cases/{businessKey}", business());
        RULES.put("GET /api/cases/{businessKey}/diagram", business());
        RULES.put("GET /tasks", anyUser());
        RULES.put("GET /tasks/{id}", anyUser());
        // a file of the case through the step, for the authority it was escalated to (StepEvidence); 404 for anyone else
        RULES.put("GET /tasks/{id}/case-files/{n}", business());
        RULES.put("POST /tasks/{id}/claim", anyUser());
        RULES.put("POST /tasks/claim", anyUser()); // claiming several tasks together (issue 17.4), each its own one-winner check
        RULES.put("POST /tasks/{id}/complete", anyUser());
        RULES.put("POST /tasks/{id}/hand-over", anyUser());
        RULES.put("POST /tasks/{id}/give-back", anyUser());
        RULES.put("GET /tasks/done", anyUser());
        RULES.put("POST /tasks/{id}/withdraw", anyUser());
        RULES.put("GET /cases/{businessKey}", business());
        RULES.put("GET /cases/{businessKey}/diagram", business());
        // planning
        RULES.put("GET /api/plans", roles(PLAN_READERS));
        RULES.put("GET /api/plans/{id}", roles(PLAN_READERS));
        RULES.put("POST /api/plans", roles(Role.PLANNER));
        RULES.put("POST /api/plans/{id}/submit", roles(Role.PLANNER));
        RULES.put("GET /plans", roles(PLAN_READERS));
        RULES.put("GET /plans/{id}", roles(PLAN_READERS));
        RULES.put("GET /plans/new", roles(Role.PLANNER));
        RULES.put("POST /plans", roles(Role.PLANNER));
        RULES.put("POST /plans/{id}/submit", roles(Role.PLANNER));
        RULES.put("GET /public/plans", open());
        RULES.put("GET /api/public/plans", open());
        RULES.put("GET /api/draws/{id}", open());
        RULES.put("GET /api/draws/{id}/verify", open());
        RULES.put("GET /public/draws/{id}/verify", open());
        RULES.put("GET /api/registers/authorities", anyUser());
        RULES.put("GET /api/registers/labs", anyUser());
        RULES.put("GET /api/registers/products", anyUser());
        RULES.put("GET /api/registers/rules/{id}", anyUser());
        RULES.put("GET /api/registers/enterprises", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER, Role.OFFICER,
                Role.ENFORCER, Role.ENTERPRISE));
        RULES.put("GET /api/registers/inspectors", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        // sampling, testing, disposal
        Rule sampleReaders = roles(Role.SAMPLER, Role.PLANNER, Role.OFFICER, Role.LAB_TESTER, Role.LAB_REVIEWER, Role.LAB_APPROVER,
                Role.ENTERPRISE);
        RULES.put("GET /api/samples", sampleReaders);
        RULES.put("GET /api/samples/{id}", sampleReaders);
        RULES.put("GET /api/samples/{id}/form.pdf", sampleReaders);
        RULES.put("GET /samples/{id}/form.pdf", sampleReaders);
        RULES.put("GET /samples/{id}/labels", roles(Role.SAMPLER, Role.PLANNER, Role.OFFICER, Role.LAB_TESTER, Role.LAB_REVIEWER,
                Role.LAB_APPROVER));
        RULES.put("GET /api/attachments/{id}", business());
        RULES.put("GET /attachments/{id}", business());
        RULES.put("POST /api/cases/{caseCode}/attachments", roles(Role.SAMPLER, Role.ENTERPRISE));
        RULES.put("POST /cases/{caseCode}/attachments", roles(Role.SAMPLER, Role.ENTERPRISE));
        RULES.put("GET /api/disposal/referrals", roles(Role.ENFORCER, Role.OFFICER));
        RULES.put("GET /api/disposal/referrals/{id}", roles(Role.ENFORCER, Role.OFFICER));
        Rule reportReaders = roles(Role.LAB_TESTER, Role.LAB_REVIEWER, Role.LAB_APPROVER, Role.PLANNER, Role.OFFICER);
        RULES.put("GET /api/lab-samples/{id}/reports", reportReaders);
        // issue 12 point 5: the tested enterprise reads its own issued report (data scope: others get 404)
        Rule issuedReportReaders = roles(Role.LAB_TESTER, Role.LAB_REVIEWER, Role.LAB_APPROVER, Role.PLANNER, Role.OFFICER,
                Role.ENTERPRISE);
        RULES.put("GET /api/reports/{id}/pdf", issuedReportReaders);
        RULES.put("GET /lab-samples/reports/{id}/pdf", issuedReportReaders);
        RULES.put("GET /lab-samples", roles(LAB_ROLES));
        RULES.put("POST /api/reports/{id}/corrections", roles(Role.LAB_APPROVER));
        RULES.put("POST /lab-samples/reports/{id}/corrections", roles(Role.LAB_APPROVER));
        RULES.put("GET /api/public/reports/verify", open());
        RULES.put("GET /public/reports/verify", open());
        // the QR codes of the 抽样单 and the 移送函 (issue 17.3): a number and a digest, details only when both match
        RULES.put("GET /public/sampling-forms/verify", open());
        RULES.put("GET /public/referrals/verify", open());
        RULES.put("GET /api/registers/lab-conflicts", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER, Role.LAB_APPROVER,
                Role.LAB_REVIEWER, Role.LAB_TESTER));
        RULES.put("POST /api/registers/lab-conflicts", roles(Role.PLANNER, Role.LAB_APPROVER));
        RULES.put("POST /api/lims/lab-samples/{id}/results", roles(Role.LAB_TESTER));
        // the offline sampling app (issue 19): samplers only; the download holds only the cases he was drawn for
        for (String endpoint : List.of("GET /field", "GET /field/", "GET /field/api/cases", "GET /api/field/cases",
                "POST /field/api/submissions", "POST /api/field/submissions")) {
            RULES.put(endpoint, roles(Role.SAMPLER));
        }
        // seal ranges (issue 19): the authority's planner issues and withdraws them; its samplers get them in the download
        for (String endpoint : List.of("GET /api/seal-ranges", "GET /api/seal-ranges/{id}", "POST /api/seal-ranges",
                "POST /api/seal-ranges/{id}/withdraw", "GET /seal-ranges", "POST /seal-ranges", "POST /seal-ranges/{id}/withdraw")) {
            RULES.put(endpoint, roles(Role.PLANNER));
        }
        RULES.put("GET /api/notifications", anyUser());
        RULES.put("GET /api/notifications/unread-count", anyUser());
        RULES.put("POST /api/notifications/seen", anyUser());
        RULES.put("GET /notifications/badge", anyUser());
        // planning: registers, rules, complaints, plan editing, amendment, withdrawal, candidates, re-draws (issue 3)
        RULES.put("GET /api/complaints", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("POST /api/complaints", roles(Role.PLANNER));
        RULES.put("POST /api/complaints/{id}/special-plan", roles(Role.PLANNER));
        RULES.put("GET /complaints", roles(Role.PLANNER));
        RULES.put("POST /complaints", roles(Role.PLANNER));
        RULES.put("POST /complaints/{id}/special-plan", roles(Role.PLANNER));
        RULES.put("GET /api/plans/{id}/diff", roles(PLAN_READERS));
        RULES.put("GET /plans/{id}/diff", roles(PLAN_READERS));
        RULES.put("GET /api/plans/{id}/items/{seq}/candidates", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("PUT /api/plans/{id}", roles(Role.PLANNER));
        RULES.put("POST /api/plans/{id}/withdraw", roles(Role.PLANNER));
        RULES.put("POST /api/plans/{id}/amend", roles(Role.PLANNER));
        RULES.put("GET /plans/{id}/edit", roles(Role.PLANNER));
        RULES.put("POST /plans/{id}/edit", roles(Role.PLANNER));
        RULES.put("POST /plans/{id}/withdraw", roles(Role.PLANNER));
        RULES.put("POST /plans/{id}/amend", roles(Role.PLANNER));
        RULES.put("GET /api/spot-check-tasks/{code}", business());
        RULES.put("POST /api/spot-check-tasks/{code}/redraw-inspectors", roles(Role.PLANNER));
        RULES.put("GET /api/registers/rules", anyUser());
        RULES.put("POST /api/registers/rules", roles(Role.PLANNER));
        RULES.put("POST /api/registers/rules/{id}/items/import", roles(Role.PLANNER));
        RULES.put("POST /api/registers/rules/{id}/publish", roles(Role.PLANNER));
        RULES.put("POST /api/registers/rules/{id}/versions", roles(Role.PLANNER));
        RULES.put("POST /api/registers/{register}", roles(Role.PLANNER));
        RULES.put("POST /api/registers/{register}/import", roles(Role.PLANNER));
        RULES.put("GET /registers", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("GET /registers/{register}", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("POST /registers/{register}", roles(Role.PLANNER));
        RULES.put("POST /registers/{register}/import", roles(Role.PLANNER));
        RULES.put("GET /registers/rules", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("POST /registers/rules", roles(Role.PLANNER));
        RULES.put("GET /registers/rules/{id}", roles(Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("POST /registers/rules/{id}/items", roles(Role.PLANNER));
        RULES.put("POST /registers/rules/{id}/publish", roles(Role.PLANNER));
        RULES.put("POST /registers/rules/{id}/versions", roles(Role.PLANNER));


        RULES.put("GET /api/lab-samples", roles(LAB_ROLES));
        RULES.put("GET /api/lab-samples/{id}", roles(Role.LAB_TESTER, Role.LAB_REVIEWER, Role.LAB_APPROVER, Role.PLANNER, Role.OFFICER));
        RULES.put("GET /api/reports/{id}", roles(Role.LAB_TESTER, Role.LAB_REVIEWER, Role.LAB_APPROVER, Role.PLANNER, Role.OFFICER,
                Role.ENTERPRISE));
        RULES.put("GET /api/disposal/cases", roles(Role.OFFICER, Role.ENFORCER, Role.PLANNER, Role.ENTERPRISE));
        RULES.put("GET /api/disposal/cases/{id}", roles(Role.OFFICER, Role.ENFORCER, Role.PLANNER, Role.ENTERPRISE));
        // result handling: notices, objections, rectification, publication, statistics, warnings (issue 6)
        RULES.put("GET /api/disposal/cases/{id}/notice.pdf", roles(Role.OFFICER, Role.ENFORCER, Role.ENTERPRISE));
        RULES.put("GET /disposal/cases/{id}/notice.pdf", roles(Role.OFFICER, Role.ENFORCER, Role.ENTERPRISE));
        RULES.put("GET /api/disposal/cases/{id}/rectification-notice.pdf", roles(Role.OFFICER, Role.ENFORCER, Role.ENTERPRISE));
        RULES.put("GET /disposal/cases/{id}/rectification-notice.pdf", roles(Role.OFFICER, Role.ENFORCER, Role.ENTERPRISE));
        // documents branch (issue 17.3): the notice previewed before service, the referral letter
        RULES.put("GET /api/disposal/cases/{id}/notice-preview.pdf", roles(Role.OFFICER));
        RULES.put("GET /disposal/cases/{id}/notice-preview.pdf", roles(Role.OFFICER));
        RULES.put("GET /api/disposal/referrals/{id}/letter.pdf", roles(Role.ENFORCER, Role.OFFICER));
        RULES.put("GET /disposal/referrals/{id}/letter.pdf", roles(Role.ENFORCER, Role.OFFICER));
        RULES.put("GET /api/disposal/publications", roles(Role.OFFICER, Role.PLANNER));
        RULES.put("GET /api/disposal/statistics", roles(Role.OFFICER, Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("GET /api/disposal/statistics.{format:csv|xlsx}", roles(Role.OFFICER, Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("GET /disposal/statistics.{format:csv|xlsx}", roles(Role.OFFICER, Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("GET /api/disposal/warning-rules", roles(Role.OFFICER, Role.PLANNER));
        RULES.put("GET /api/disposal/warnings", roles(Role.OFFICER, Role.PLANNER));
        RULES.put("GET /disposal/cases", roles(Role.OFFICER, Role.ENFORCER, Role.PLANNER, Role.ENTERPRISE));
        RULES.put("GET /disposal/publications", roles(Role.OFFICER, Role.PLANNER));
        RULES.put("GET /disposal/statistics", roles(Role.OFFICER, Role.PLANNER, Role.PLAN_REVIEWER, Role.PLAN_APPROVER));
        RULES.put("GET /public/results", open());
        RULES.put("GET /api/public/results", open());
        RULES.put("GET /api/public/feed", open()); // the public results feed (issue 18.4), rate-limited per client
        RULES.put("GET /api/public/feed.csv", open());
        RULES.put("GET /api/public/feed.atom", open());
        RULES.put("GET /api/public/problem-rules", open()); // the catalogue of rule codes (issue 18): no data, only the contract
        RULES.put("POST /api/disposal/publications/{id}/release", roles(Role.OFFICER));
        RULES.put("POST /api/disposal/warning-rules", roles(Role.OFFICER, Role.PLANNER));
        RULES.put("POST /disposal/publications/{id}/release", roles(Role.OFFICER));
        // quality-warning rules: read, edit, deactivate and reactivate (API and page)
        for (String endpoint : List.of("GET /api/disposal/warning-rules/{id}", "PUT /api/disposal/warning-rules/{id}",
                "POST /api/disposal/warning-rules/{id}/deactivate", "POST /api/disposal/warning-rules/{id}/reactivate",
                "GET /disposal/warning-rules", "POST /disposal/warning-rules", "GET /disposal/warning-rules/{id}",
                "POST /disposal/warning-rules/{id}", "POST /disposal/warning-rules/{id}/deactivate",
                "POST /disposal/warning-rules/{id}/reactivate")) {
            RULES.put(endpoint, roles(Role.OFFICER, Role.PLANNER));
        }
        // the system administrator
        for (String endpoint : List.of("GET /api/admin/users", "POST /api/admin/users", "POST /api/admin/users/{username}/disable",
                "POST /api/admin/users/{username}/enable", "POST /api/admin/users/{username}/reset-password",
                "GET /api/admin/organisations", "POST /api/admin/organisations", "GET /admin/users", "POST /admin/users",
                "POST /admin/users/{username}/disable", "POST /admin/users/{username}/enable",
                "POST /admin/users/{username}/reset-password", "GET /admin/organisations", "POST /admin/organisations",
                "PUT /api/admin/users/{username}/email", "POST /admin/users/{username}/email",
                "POST /admin/organisations/{code}/letterhead")) {
            RULES.put(endpoint, roles(Role.SYS_ADMIN));
        }
        // the business calendar: everyone reads, the system administrator edits (ADR 0007: system settings)
        RULES.put("GET /api/calendar", anyUser());
        for (String endpoint : List.of("PUT /api/calendar/{date}", "DELETE /api/calendar/{date}", "GET /admin/calendar",
                "POST /admin/calendar", "POST /admin/calendar/{date}/remove")) {
            RULES.put(endpoint, roles(Role.SYS_ADMIN));
        }
        // the security administrator
        for (String endpoint : List.of("GET /api/security/users", "POST /api/security/users/{username}/roles",
                "DELETE /api/security/users/{username}/roles/{role}", "POST /api/security/users/{username}/unlock",
                "POST /api/security/users/{username}/reset-second-factor", "POST /api/security/users/{username}/reset-password",
                "GET /api/security/tokens", "POST /api/security/tokens",
                "POST /api/security/tokens/{id}/revoke", "GET /security/users", "POST /security/users/{username}/roles",
                "POST /security/users/{username}/roles/{role}/revoke", "POST /security/users/{username}/unlock",
                "POST /security/users/{username}/reset-second-factor", "GET /security/tokens", "POST /security/tokens",
                "POST /security/tokens/{id}/revoke")) {
            RULES.put(endpoint, roles(Role.SEC_ADMIN));
        }
        // the audit administrator
        for (String endpoint : List.of("GET /api/audit", "GET /api/audit/verify", "GET /api/audit/export.csv", "GET /audit",
                "GET /audit/verify", "GET /audit/export.csv")) {
            RULES.put(endpoint, roles(Role.AUDITOR));
        }
        // one's own account
        for (String endpoint : List.of("GET /api/account", "POST /api/account/password", "GET /account/password",
                "POST /account/password", "GET /account/second-factor", "POST /account/second-factor", "GET /login/totp",
                "POST /login/totp")) {
            RULES.put(endpoint, anyUser());
        }
        // framework endpoints: error page and API description
        RULES.put("GET /error", open());
        RULES.put("GET /v3/api-docs", open());
        RULES.put("GET /v3/api-docs.yaml", open());
        RULES.put("GET /v3/api-docs/swagger-config", open());
        RULES.put("GET /swagger-ui.html", open());
    }

    /** One demo user per role. */
    static final Map<Role, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put(Role.PLANNER, "planner");
        USERS.put(Role.PLAN_REVIEWER, "plan-reviewer");
        USERS.put(Role.PLAN_APPROVER, "plan-approver");
        USERS.put(Role.SAMPLER, "sampler-a");
        USERS.put(Role.LAB_TESTER, "lab1-tester");
        USERS.put(Role.LAB_REVIEWER, "lab1-reviewer");
        USERS.put(Role.LAB_APPROVER, "lab1-approver");
        USERS.put(Role.ENTERPRISE, "enterprise-a");
        USERS.put(Role.OFFICER, "officer");
        USERS.put(Role.ENFORCER, "enforcer");
        USERS.put(Role.SYS_ADMIN, "sysadmin");
        USERS.put(Role.SEC_ADMIN, "secadmin");
        USERS.put(Role.AUDITOR, "auditor");
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, String> DUMMIES = Map.of("businessKey", "NO-SUCH-CASE", "username", "no-such-user",
            "role", "PLANNER", "group", "no-such-group", "format:csv|xlsx", "csv");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** "METHOD pattern" of every handler method; no method condition counts as GET. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                } else {
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointHasARuleAndEveryRoleGetsExactlyWhatTheRuleSays() {
        Set<String> endpoints = endpoints();
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(RULES.keySet());
        assertThat(missing).as("endpoints without a rule in AuthorizationMatrixTest.RULES: add one").isEmpty();
        Set<String> stale = new TreeSet<>(RULES.keySet());
        stale.removeAll(endpoints);
        assertThat(stale).as("rules for endpoints that no longer exist").isEmpty();
        // every operation the published API description lists is among the endpoints checked here (issue 13)
        Set<String> documented = documentedOperations();
        assertThat(documented).as("operations in /v3/api-docs").isNotEmpty();
        Set<String> called = new TreeSet<>();
        endpoints.forEach(e -> called.add(e.replaceAll("\\{([^}:]+):[^}]*}", "{$1}")));
        Set<String> notCalled = new TreeSet<>(documented);
        notCalled.removeAll(called);
        assertThat(notCalled).as("operations of /v3/api-docs that the matrix does not call").isEmpty();

        String token = WebClient.basic(port, "secadmin", Api.PASSWORD).postJson("/api/security/tokens",
                Map.of("labCode", "LAB1", "name", "matrix", "validDays", 1)).json().get("token").asString();
        Map<Role, WebClient> pages = new LinkedHashMap<>();
        Map<Role, String> csrf = new LinkedHashMap<>();
        USERS.forEach((role, user) -> {
            WebClient page = new WebClient(port);
            assertThat(page.login(user, Api.PASSWORD).location()).as(user).endsWith("/tasks");
            pages.put(role, page);
            csrf.put(role, page.get("/tasks").csrf());
        });
        WebClient anonymousPage = new WebClient(port);
        String anonymousCsrf = anonymousPage.get("/login").csrf();
        WebClient anonymousApi = new WebClient(port);
        WebClient tokenApi = WebClient.bearer(port, token);
        Map<Role, WebClient> apis = new LinkedHashMap<>();
        USERS.forEach((role, user) -> apis.put(role, WebClient.basic(port, user, Api.PASSWORD)));

        List<String> wrong = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (String endpoint : endpoints) {
            Rule rule = RULES.get(endpoint);
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            boolean apiDoor = path.startsWith("/api/");
            // anonymous
            WebClient.Reply anonymous = apiDoor ? call(anonymousApi, method, path, null)
                    : call(anonymousPage, method, path, anonymousCsrf);
            expect(wrong, endpoint, "anonymous", rule.open(), anonymous);
            // each role, through its own door
            for (Role role : USERS.keySet()) {
                WebClient.Reply reply = apiDoor ? call(apis.get(role), method, path, null)
                        : call(pages.get(role), method, path, csrf.get(role));
                expect(wrong, endpoint, role.name(), rule.allows(role), reply);
            }
            // a lab system's token: a LAB1 tester on the API, nobody on the pages
            WebClient.Reply byToken = call(tokenApi, method, path, null);
            expect(wrong, endpoint, "API token", apiDoor ? rule.allows(Role.LAB_TESTER) : rule.open(), byToken);
            checked.put(endpoint, USERS.size() + 2);
        }
        assertThat(wrong).as("calls that did not get what the matrix says").isEmpty();
        assertThat(checked).hasSameSizeAs(endpoints);
        // refusals are audited as such (ASVS 16.3.2)
        assertThat(SecurityFixtures.awaitAudit(port, "actor=auditor&outcome=DENIED&limit=500",
                e -> e.get("target").asString().startsWith("/api/admin/"))).isNotEmpty();
    }

    /** "METHOD path" of every operation in /v3/api-docs, with the path variables as Spring names them. */
    private Set<String> documentedOperations() {
        JsonNode paths = new WebClient(port).get("/v3/api-docs").json().get("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }
        }
        return operations;
    }

    private static void expect(List<String> wrong, String endpoint, String who, boolean allowed, WebClient.Reply reply) {
        boolean refused = reply.status() == 401 || reply.status() == 403 || reply.location().contains("/login");
        // /error called directly has no error to show and answers 500 by design
        if (allowed == refused || reply.status() >= 500 && !endpoint.equals("GET /error")) {
            wrong.add(endpoint + " as " + who + ": " + reply.status() + " " + reply.location() + (allowed ? " (should pass)" : " (should be refused)"));
        }
    }

    private static String concrete(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, DUMMIES.getOrDefault(m.group(1), "999999999"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static WebClient.Reply call(WebClient client, String method, String path, String csrf) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "PUT" -> client.putJson(path, "{}");
            case "POST" -> path.startsWith("/api/") ? client.postJson(path, "{}") : client.postForm(path, Map.of(), csrf);
            default -> throw new IllegalStateException("no call for " + method);
        };
    }

    @Test
    void ownOrganisationPassesAndAnotherOrganisationSeesNothing() {
        SpotCheckFlow flow = new SpotCheckFlow(api);
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.sampled(caseCode);
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        long labSample = api.get("lab1-tester", "/api/tasks/" + receive).get("context").get("labSample").get("id").asLong();
        JsonNode sample = api.get("sampler-a", "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        String owner = sample.get("enterpriseCode").asString();
        // the drawn enterprise is one of ENT-A and ENT-B only in some draws; the pair below covers whichever holds a demo user
        String ownerUser = owner.equals("ENT-A") ? "enterprise-a" : owner.equals("ENT-B") ? "enterprise-b" : null;
        String otherUser = "enterprise-a".equals(ownerUser) ? "enterprise-b" : "enterprise-a";

        Map<String, String[]> scoped = new LinkedHashMap<>();
        scoped.put("/api/tasks/" + receive, new String[] {"lab1-tester", "lab2-tester"});
        scoped.put("/api/lab-samples/" + labSample, new String[] {"lab1-tester", "lab2-tester"});
        scoped.put("/api/samples/" + sample.get("id").asLong(), new String[] {ownerUser, otherUser});
        scoped.put("/api/cases/" + caseCode, new String[] {ownerUser, otherUser});
        scoped.put("/api/cases/" + caseCode + "/diagram", new String[] {ownerUser, otherUser});
        for (Map.Entry<String, String[]> e : scoped.entrySet()) {
            String own = e.getValue()[0];
            String other = e.getValue()[1];
            if (own != null) {
                assertThat(api.get(own, e.getKey()).status()).as(e.getKey() + " by " + own).isEqualTo(200);
            }
            assertThat(api.get(other, e.getKey()).status()).as(e.getKey() + " by " + other).isEqualTo(404);
        }
        assertThat(api.post("lab2-tester", "/api/tasks/" + receive + "/claim", null).status()).isEqualTo(404);

        // the pages apply the same scope
        WebClient lab1 = new WebClient(port);
        lab1.login("lab1-tester", Api.PASSWORD);
        WebClient lab2 = new WebClient(port);
        lab2.login("lab2-tester", Api.PASSWORD);
        assertThat(lab1.get("/tasks/" + receive).status()).isEqualTo(200);
        assertThat(lab2.get("/tasks/" + receive).status()).isEqualTo(404);
        assertThat(lab2.get("/cases/" + caseCode).status()).isEqualTo(404);

        // and so do the labs' tokens
        WebClient secadmin = WebClient.basic(port, "secadmin", Api.PASSWORD);
        String lab2Token = secadmin.postJson("/api/security/tokens", Map.of("labCode", "LAB2", "name", "scope", "validDays", 1))
                .json().get("token").asString();
        String lab1Token = secadmin.postJson("/api/security/tokens", Map.of("labCode", "LAB1", "name", "scope", "validDays", 1))
                .json().get("token").asString();
        assertThat(WebClient.bearer(port, lab1Token).get("/api/lab-samples/" + labSample).status()).isEqualTo(200);
        assertThat(WebClient.bearer(port, lab2Token).get("/api/lab-samples/" + labSample).status()).isEqualTo(404);
    }

    /**
     * The operators' endpoints (issue 15.4, ADR 0016) live outside Spring MVC's handler mapping, so the first test does
     * not see them: health and its probes are open; the Prometheus scrape is refused to anonymous, to every role (HTTP
     * Basic and a page session) and to a lab token. Only the configured scrape account (role MONITOR) reads it:
     * {@code OperationsEndpointsTest}.
     */
    static final Map<String, Rule> OPERATOR_RULES = Map.of("GET /actuator/health", open(), "GET /actuator/health/liveness", open(),
            "GET /actuator/health/readiness", open(), "GET /actuator/prometheus", new Rule(false, false, Set.of()));

    @Test
    void operatorEndpointsAreOpenProbesAndAScrapeNoUserReads() {
        String token = WebClient.basic(port, "secadmin", Api.PASSWORD).postJson("/api/security/tokens",
                Map.of("labCode", "LAB1", "name", "matrix-ops", "validDays", 1)).json().get("token").asString();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> e : new TreeMap<>(OPERATOR_RULES).entrySet()) {
            String path = e.getKey().substring(4);
            expect(wrong, e.getKey(), "anonymous", e.getValue().open(), new WebClient(port).get(path));
            expect(wrong, e.getKey(), "API token", e.getValue().open(), WebClient.bearer(port, token).get(path));
            for (Map.Entry<Role, String> user : USERS.entrySet()) {
                expect(wrong, e.getKey(), user.getKey().name(), e.getValue().allows(user.getKey()),
                        WebClient.basic(port, user.getValue(), Api.PASSWORD).get(path));
            }
            WebClient page = new WebClient(port);
            page.login("sysadmin", Api.PASSWORD);
            expect(wrong, e.getKey(), "SYS_ADMIN page session", e.getValue().open(), page.get(path));
        }
        assertThat(wrong).as("operator endpoints that did not get what the matrix says").isEmpty();
    }
}
