package org.spotcheck.app.workflow.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryTimersTest {

    @Test
    void aStatutoryTimerFiresAtMidnightAfterTheLastDayAndItsTaskIsDueTheSecondBefore() {
        // R5: the objection window's last day is 2026-03-16 (service 03-01, 15 days, Product Quality Law art. 15)
        LocalDate lastDay = LocalDate.of(2026, 3, 16);
        Instant timer = Instant.parse(StatutoryTimers.timerAfter(lastDay));
        assertThat(timer).isEqualTo(Instant.parse("2026-03-16T16:00:00Z"));
        // the same end of the day as every other task (BusinessCalendar.endOfDay): 23:59:59 Beijing
        assertThat(StatutoryTimers.taskDueAt(timer)).isEqualTo(Instant.parse("2026-03-16T15:59:59Z"));
    }

    @Test
    void aDueDateThatIsNoTimerInstantIsKept() {
        Instant endOfDay = Instant.parse("2026-03-16T15:59:59Z");
        assertThat(StatutoryTimers.taskDueAt(endOfDay)).isEqualTo(endOfDay);
        Instant nineOClock = Instant.parse("2026-03-16T01:00:00Z");
        assertThat(StatutoryTimers.taskDueAt(nineOClock)).isEqualTo(nineOClock);
    }
}
