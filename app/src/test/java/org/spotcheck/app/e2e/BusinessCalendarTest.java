package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The editable business calendar (issue 6, point 5): the 2026 schedule is there, the system
 * administrator's edits change working-day computations at once, others may only read, bad input
 * is named by field, and the page shows its errors beside the field. Edits use 2031, a year no
 * other test counts in, and are undone after each test (the test database is shared).
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BusinessCalendarTest {

    /** Monday 3 March 2031. */
    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    @LocalServerPort
    int port;

    /** The shared kernel's port, as the disposal module gets it: the application's BusinessCalendar. */
    @Autowired
    WorkingCalendar calendar;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void undoEdits() {
        for (JsonNode day : api.get("sysadmin", "/api/calendar?year=2031").json().get("days")) {
            assertThat(api.delete("sysadmin", "/api/calendar/" + day.get("date").asString()).status()).isEqualTo(204);
        }
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.spotcheck.app.workflow.calendar.CalendarAdministration administration;

    /**
     * Within one transaction the calendar keeps the rows it read (issue 14.2: one read where a deadline and its reminder
     * were two), but an edit made in that transaction counts for the next computation in it, and the next transaction
     * reads the table again.
     */
    @Test
    void anEditCountsAtOnceAlsoInsideTheTransactionThatAlreadyCountedDays() {
        LocalDate tuesday = MONDAY.plusDays(1);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("sysadmin", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SYS_ADMIN"))));
        try {
            org.spotcheck.shared.Actor sysadmin = new org.spotcheck.shared.Actor("sysadmin",
                    java.util.EnumSet.of(org.spotcheck.shared.Role.SYS_ADMIN), "AUTH-320100", org.spotcheck.shared.OrgType.AUTHORITY, "320100");
            transactions.executeWithoutResult(status -> {
                assertThat(calendar.addWorkingDays(MONDAY, 1)).isEqualTo(tuesday);
                administration.set(sysadmin, tuesday.toString(), "HOLIDAY", "测试假日");
                assertThat(calendar.addWorkingDays(MONDAY, 1)).as("the edit of this transaction").isEqualTo(MONDAY.plusDays(2));
                assertThat(calendar.isWorkingDay(tuesday)).isFalse();
                status.setRollbackOnly();
            });
            assertThat(calendar.addWorkingDays(MONDAY, 1)).as("rolled back: the next transaction reads the table").isEqualTo(tuesday);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void everyUserReadsTheOfficial2026ScheduleWithItsAdjustedWorkingDays() {
        Api.Response year = api.get("lab1-tester", "/api/calendar?year=2026");
        assertThat(year.status()).as(year.body()).isEqualTo(200);
        assertThat(year.get("year").asInt()).isEqualTo(2026);
        Map<String, String> kinds = new java.util.HashMap<>();
        year.get("days").forEach(d -> kinds.put(d.get("date").asString(), d.get("kind").asString() + " " + d.get("name").asString()));
        assertThat(kinds).containsEntry("2026-10-01", "HOLIDAY 国庆节").containsEntry("2026-10-07", "HOLIDAY 国庆节")
                .containsEntry("2026-09-20", "WORKDAY 国庆节调休上班").containsEntry("2026-10-10", "WORKDAY 国庆节调休上班")
                .containsEntry("2026-02-15", "HOLIDAY 春节").containsEntry("2026-01-04", "WORKDAY 元旦调休上班");
        assertThat(kinds.keySet()).allMatch(d -> d.startsWith("2026-"));
        // no year: this year in China
        assertThat(api.get("enterprise-a", "/api/calendar").get("year").asInt()).isEqualTo(LocalDate.now(ResultHandlingFlow.CHINA).getYear());
        assertThat(api.get(null, "/api/calendar?year=2026").status()).isEqualTo(401);
        // the calendar counts across National Day: 30 Sep + 3 working days = 8, 9 and the adjusted Saturday 10 Oct
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    }

    /**
     * 2027's days that are holidays by law (全国年节及纪念日放假办法 art. 2) are there before the yearly notice: a lab's 20
     * working days from receipt on 7 Dec 2026 end on 5 Jan 2027, not on New Year's Eve's next working day but one.
     */
    @Test
    void theFixedStatutoryHolidaysOf2027CountBeforeTheYearlyArrangementIsEntered() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("not fixed by law: left to the notice").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 7), 20)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void theAdministratorsEditsChangeWorkingDayCountsAtOnceAndAreAudited() {
        assertThat(calendar.addWorkingDays(MONDAY, 3)).isEqualTo(LocalDate.of(2031, 3, 6));

        Api.Response holiday = api.put("sysadmin", "/api/calendar/2031-03-04", Map.of("kind", "HOLIDAY", "name", "测试假日"));
        assertThat(holiday.status()).as(holiday.body()).isEqualTo(200);
        assertThat(holiday.get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 4))).isFalse();
        assertThat(calendar.addWorkingDays(MONDAY, 3)).isEqualTo(LocalDate.of(2031, 3, 7));

        // Saturday 8 March worked: Thursday + 2 working days is that Saturday, not Monday
        assertThat(calendar.addWorkingDays(LocalDate.of(2031, 3, 6), 2)).isEqualTo(LocalDate.of(2031, 3, 10));
        assertThat(api.put("sysadmin", "/api/calendar/2031-03-08", Map.of("kind", "WORKDAY", "name", "测试调休上班")).status())
                .isEqualTo(200);
        assertThat(calendar.addWorkingDays(LocalDate.of(2031, 3, 6), 2)).isEqualTo(LocalDate.of(2031, 3, 8));

        // changing a day: the holiday becomes an ordinary working day again by removal
        Api.Response renamed = api.put("sysadmin", "/api/calendar/2031-03-04", Map.of("kind", "holiday", "name", " 改名假日 "));
        assertThat(renamed.get("name").asString()).isEqualTo("改名假日");
        assertThat(api.get("planner", "/api/calendar?year=2031").get("days").valueStream()
                .map(d -> d.get("date").asString() + " " + d.get("kind").asString() + " " + d.get("name").asString()).toList())
                .containsExactly("2031-03-04 HOLIDAY 改名假日", "2031-03-08 WORKDAY 测试调休上班");
        assertThat(api.delete("sysadmin", "/api/calendar/2031-03-04").status()).isEqualTo(204);
        assertThat(calendar.addWorkingDays(MONDAY, 3)).isEqualTo(LocalDate.of(2031, 3, 6));
        assertThat(api.delete("sysadmin", "/api/calendar/2031-03-04").status()).isEqualTo(404);

        List<JsonNode> audited = SecurityFixtures.awaitAudit(port, "actor=sysadmin&limit=50",
                e -> e.hasNonNull("detail") && e.get("detail").asString().startsWith("calendar 2031-03-04: HOLIDAY 测试假日 -> HOLIDAY 改名假日"));
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).get("target").asString()).isEqualTo("/api/calendar/2031-03-04");
        assertThat(SecurityFixtures.awaitAudit(port, "actor=sysadmin&limit=50",
                e -> e.hasNonNull("detail") && e.get("detail").asString().startsWith("calendar 2031-03-04: HOLIDAY 改名假日 -> none"))).hasSize(1);
    }

    @Test
    void onlyTheSystemAdministratorEditsTheCalendar() {
        for (String user : List.of("planner", "officer", "secadmin", "auditor", "lab1-tester", "enterprise-a")) {
            Api.Response put = api.put(user, "/api/calendar/2031-03-04", Map.of("kind", "HOLIDAY", "name", "越权"));
            assertThat(put.status()).as(user + ": " + put.body()).isEqualTo(403);
            assertThat(put.rule()).isEqualTo("ACCESS_DENIED");
            assertThat(api.delete(user, "/api/calendar/2026-10-01").status()).as(user).isEqualTo(403);
        }
        assertThat(api.put(null, "/api/calendar/2031-03-04", Map.of("kind", "HOLIDAY", "name", "匿名")).status()).isEqualTo(401);
        assertThat(api.get("planner", "/api/calendar?year=2031").get("days")).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndTheRule() {
        expectProblem(api.put("sysadmin", "/api/calendar/2031-13-01", Map.of("kind", "HOLIDAY", "name", "x")), 400, "date", "INVALID_DATE");
        expectProblem(api.put("sysadmin", "/api/calendar/tomorrow", Map.of("kind", "HOLIDAY", "name", "x")), 400, "date", "INVALID_DATE");
        expectProblem(api.put("sysadmin", "/api/calendar/1899-01-02", Map.of("kind", "HOLIDAY", "name", "x")), 400, "date", "OUT_OF_RANGE");
        expectProblem(api.put("sysadmin", "/api/calendar/2031-03-04", Map.of("kind", "VACATION", "name", "x")), 400, "kind", "INVALID_KIND");
        expectProblem(api.put("sysadmin", "/api/calendar/2031-03-04", Map.of("name", "x")), 400, "kind", "REQUIRED");
        expectProblem(api.put("sysadmin", "/api/calendar/2031-03-04", Map.of("kind", "HOLIDAY")), 400, "name", "REQUIRED");
        expectProblem(api.put("sysadmin", "/api/calendar/2031-03-04", Map.of("kind", "HOLIDAY", "name", "长".repeat(51))), 400, "name",
                "TOO_LONG");
        // a worked weekday is no adjustment: Monday to Friday are working days anyway
        expectProblem(api.put("sysadmin", "/api/calendar/2031-03-04", Map.of("kind", "WORKDAY", "name", "x")), 422, "kind",
                "WORKDAY_NOT_ON_WEEKEND");
        expectProblem(api.get("planner", "/api/calendar?year=abc"), 400, "year", "TYPE_MISMATCH");
        expectProblem(api.get("planner", "/api/calendar?year=1800"), 400, "year", "OUT_OF_RANGE");
        expectProblem(api.get("planner", "/api/calendar?year=2026&month=10"), 400, "month", "UNKNOWN_PARAMETER");
        Api.Response unknownField = api.put("sysadmin", "/api/calendar/2031-03-04", "{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"working\":true}");
        assertThat(unknownField.status()).isEqualTo(400);
        expectProblem(api.delete("sysadmin", "/api/calendar/2031-02-30"), 400, "date", "INVALID_DATE");
        assertThat(api.get("planner", "/api/calendar?year=2031").get("days")).isEmpty();
    }

    private static void expectProblem(Api.Response r, int status, String field, String rule) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains("\"status\":" + status);
        assertThat(r.errorFields()).as(r.body()).containsExactly(field);
        assertThat(r.json().get("errors").get(0).get("rule").asString()).isEqualTo(rule);
    }

    @Test
    void thePageListsTheYearAndShowsARefusedInputBesideItsField() {
        Browserless admin = new Browserless(port, "sysadmin");
        Browserless.Page tasks = admin.get("/tasks");
        assertThat(tasks.body()).contains("id=\"nav-calendar\"").contains("href=\"/admin/calendar\"");
        Browserless.Page page = admin.get("/admin/calendar?year=2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("工作日历").contains("id=\"day-2026-10-01\"").contains("国庆节调休上班").contains("调休上班")
                .contains("周六");
        // English in a session of its own: ?lang=en is remembered, and the refusals below are read in Chinese
        String calendarEn = new Browserless(port, "sysadmin").get("/admin/calendar?year=2026&lang=en").body();
        assertThat(calendarEn).contains("Business calendar").contains("Adjusted working day")
                // the statutory holidays by their English names (issue 17: no Chinese on an English page)
                .contains("National Day").contains("Spring Festival: adjusted working day").doesNotContain("国庆节");

        Browserless.Page badDate = admin.post("/admin/calendar",
                Map.of("date", List.of("2031-02-30"), "kind", List.of("HOLIDAY"), "name", List.of("测试")), page.csrf());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).containsPattern("id=\"date\"[^>]*is-invalid|is-invalid[^>]*id=\"date\"")
                .contains("id=\"date-error\"").contains("日期格式为 yyyy-MM-dd").contains("value=\"测试\"");

        Browserless.Page weekdayWorked = admin.post("/admin/calendar",
                Map.of("date", List.of("2031-03-04"), "kind", List.of("WORKDAY"), "name", List.of("测试")), page.csrf());
        assertThat(weekdayWorked.status()).isEqualTo(400);
        assertThat(weekdayWorked.body()).contains("id=\"kind-error\"").contains("调休上班日须为周六或周日");

        Browserless.Page noName = admin.post("/admin/calendar",
                Map.of("date", List.of("2031-03-04"), "kind", List.of("HOLIDAY"), "name", List.of("")), page.csrf());
        assertThat(noName.body()).contains("id=\"name-error\"").doesNotContain("id=\"date-error\"");
        assertThat(noName.body()).contains("名称必填");

        // a control character: refused beside its field in Chinese, the rest of the form kept (was a bare 400 page)
        Browserless.Page bidi = admin.post("/admin/calendar",
                Map.of("date", List.of("2031-03-04"), "kind", List.of("HOLIDAY"), "name", List.of("测试\u202E假日")), page.csrf());
        assertThat(bidi.status()).isEqualTo(400);
        assertThat(bidi.body()).contains("id=\"name-error\"").contains("不得含有控制字符").contains("value=\"测试假日\"")
                .contains("value=\"2031-03-04\"").doesNotContain("id=\"date-error\"");
        assertThat(api.get("planner", "/api/calendar?year=2031").get("days")).isEmpty();

        Browserless.Page saved = admin.post("/admin/calendar",
                Map.of("date", List.of("2031-03-04"), "kind", List.of("HOLIDAY"), "name", List.of("页面假日")), page.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/admin/calendar?year=2031");
        assertThat(admin.get("/admin/calendar?year=2031").body()).contains("id=\"day-2031-03-04\"").contains("页面假日");
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 4))).isFalse();
        assertThat(admin.get("/admin/calendar?year=2031&edit=2031-03-04").body()).contains("value=\"页面假日\"");

        Browserless.Page removed = admin.post("/admin/calendar/2031-03-04/remove", Map.of(), page.csrf());
        assertThat(removed.status()).isEqualTo(302);
        assertThat(admin.get("/admin/calendar?year=2031").body()).doesNotContain("id=\"day-2031-03-04\"");
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 4))).isTrue();

        // the refusal in English with ?lang=en, in Chinese only otherwise
        Browserless.Page english = admin.post("/admin/calendar?lang=en",
                Map.of("date", List.of("2031-03-04"), "kind", List.of("WORKDAY"), "name", List.of("测试")), page.csrf());
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("id=\"kind-error\"").contains("An adjusted working day is a Saturday or Sunday")
                .doesNotContain("调休上班日须为周六或周日");
        assertThat(weekdayWorked.body()).doesNotContain("an adjusted working day");

        Browserless officer = new Browserless(port, "officer");
        assertThat(officer.get("/admin/calendar").status()).isEqualTo(403);
        assertThat(officer.get("/tasks").body()).doesNotContain("id=\"nav-calendar\"");
    }
}
