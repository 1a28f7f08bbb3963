package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * A result-handling period configured to count working days (issue 6, point 5; domain.md §4.1, Q7)
 * counts by the business calendar through the whole flow: here the objection window, set to 15
 * working days, served on Wednesday 30 September 2026 just before National Day (1-7 October off,
 * Saturday 10 October worked, per the State Council's 2026 schedule). Counted in calendar days (the
 * Order 18 default) it would end on 15 October; counted in working days it ends on 27 October:
 * 8, 9, 10 (adjusted Saturday), 12-16, 19-23, 26 and 27 October.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spotcheck.disposal.periods.objection-window.length=P15D",
                "spotcheck.disposal.periods.objection-window.counts=WORKING_DAYS"})
class WorkingDayPeriodsTest extends ResultHandlingE2e {

    private static final LocalDate SERVED = LocalDate.of(2026, 9, 30);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 27);

    @Test
    void aFifteenWorkingDayObjectionWindowSkipsNationalDayAndCountsTheAdjustedSaturday() {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        // the workflow clock on the day after the calendar-day window would have closed
        flow.clockAt(LocalDate.of(2026, 10, 16));
        flow.serve(c, SERVED, "IN_PERSON");

        JsonNode served = flow.caseById("officer", c.caseId());
        assertThat(served.get("objectionDeadline").asString()).isEqualTo(LAST_DAY.toString());
        Instant closes = LAST_DAY.plusDays(1).atStartOfDay(ResultHandlingFlow.CHINA).toInstant();
        // the API gives the day only (issue 12, point 4); the engine's instant stays inside the process
        assertThat(served.has("objectionWindowClosesAt")).isFalse();
        // the process timer that makes the conclusion final is set to the same instant
        List<Job> timers = flow.timers(c, "objectionWindowClosed");
        assertThat(timers).hasSize(1);
        assertThat(timers.get(0).getDuedate().toInstant()).isEqualTo(closes);
        // a later edit of the calendar does not move a deadline already served (it is printed on the notice)
        Api.Response holiday = api.put("sysadmin", "/api/calendar/2026-10-20", java.util.Map.of("kind", "HOLIDAY", "name", "测试假日"));
        assertThat(holiday.status()).as(holiday.body()).isBetween(200, 204);
        try {
            assertThat(flow.caseById("officer", c.caseId()).get("objectionDeadline").asString()).isEqualTo(LAST_DAY.toString());
        } finally {
            assertThat(api.delete("sysadmin", "/api/calendar/2026-10-20").status()).isBetween(200, 204);
        }
        // the notice tells the enterprise how the window counts
        assertThat(served.get("events").valueStream().map(e -> e.get("comment").asString()))
                .anyMatch(t -> t != null && t.contains("可于送达之日起15个工作日内提出异议"));

        // the day after the last working day: refused, and the message says working days
        flow.clockAt(LAST_DAY.plusDays(1));
        Api.Response late = flow.object(c, List.of("TP-07"));
        assertThat(late.status()).as(late.body()).isEqualTo(422);
        assertThat(late.rule()).isEqualTo("OBJECTION_WINDOW_CLOSED");
        assertThat(late.json().get("detail").asString()).contains("异议期已于 2026-10-27 届满（自送达之日起15个工作日）")
                .doesNotContain("15 working days from service"); // Chinese only for a Chinese reader (issue 17.2)

        // on the last working day, twelve days after the calendar-day window would have closed: accepted
        flow.clockAt(LAST_DAY);
        Api.Response onTime = flow.object(c, List.of("TP-07"));
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(204);
        assertThat(flow.caseById(c.enterprise(), c.caseId()).get("status").asString()).isEqualTo("OBJECTION_FILED");
    }

    @Test
    void periodsLeftAtTheirDefaultStillCountCalendarDays() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        JsonNode ordered = flow.caseById("officer", c.caseId());
        LocalDate orderedOn = LocalDate.parse(ordered.get("rectification").get("orderedOn").asString());
        // R13 and R14 keep Order 18's calendar days: 60 and 75 days whatever the holidays
        assertThat(ordered.get("rectification").get("dueOn").asString()).isEqualTo(orderedOn.plusDays(60).toString());
        assertThat(ordered.get("rectification").get("reinspectionDueOn").asString()).isEqualTo(orderedOn.plusDays(75).toString());
    }
}
