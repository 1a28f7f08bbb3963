package org.spotcheck.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.impl.persistence.entity.HistoricProcessInstanceEntityImpl;
import org.junit.jupiter.api.Test;

/**
 * Which process instance a case shows (the timeline's process and the diagram's open one): the
 * engine's own history entities, as its queries return them, in an order the query may give.
 */
class CaseInstancesTest {

    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aClosedCaseAfterAReinspectionShowsItsOwnSpotCheckNotTheLabTestThatEndedLast() {
        HistoricProcessInstance spotCheck = instance("1", "spotCheck", null, 0, 100);
        HistoricProcessInstance handling = instance("2", "resultHandling", null, 50, 400);
        HistoricProcessInstance labTest = instance("3", "labTest", "2", 60, 90);
        HistoricProcessInstance reinspectionLabTest = instance("4", "labTest", "2", 300, 390);

        CaseInstances found = CaseInstances.of(List.of(reinspectionLabTest, handling, labTest, spotCheck));

        assertThat(found.shown().getProcessDefinitionKey()).isEqualTo("spotCheck");
        assertThat(found.ended()).isTrue();
        assertThat(found.all()).containsExactly(spotCheck, handling, labTest, reinspectionLabTest);
        assertThat(found.newest()).isSameAs(reinspectionLabTest);
    }

    @Test
    void aRunningCaseShowsTheInnermostRunningInstanceEvenWhenItStartedInTheSameSecondAsItsCaller() {
        HistoricProcessInstance spotCheck = instance("7", "spotCheck", null, 0, 100);
        HistoricProcessInstance handling = instance("9", "resultHandling", null, 300, null);
        // whole seconds (MariaDB before issue 12.6): the called lab test starts in its caller's second, and its id is lower
        HistoricProcessInstance labTest = instance("10", "labTest", "9", 300, null);

        CaseInstances found = CaseInstances.of(List.of(spotCheck, labTest, handling));

        assertThat(found.shown()).isSameAs(labTest);
        assertThat(found.ended()).isFalse();
        assertThat(found.all()).containsExactly(spotCheck, handling, labTest);
    }

    @Test
    void aRunningCallerWhoseCalledProcessEndedIsShown() {
        HistoricProcessInstance handling = instance("2", "resultHandling", null, 50, null);
        HistoricProcessInstance labTest = instance("3", "labTest", "2", 60, 90);

        assertThat(CaseInstances.of(List.of(labTest, handling, instance("1", "spotCheck", null, 0, 40))).shown())
                .isSameAs(handling);
    }

    private static HistoricProcessInstance instance(String id, String key, String calledBy, int startedAt, Integer endedAt) {
        HistoricProcessInstanceEntityImpl instance = new HistoricProcessInstanceEntityImpl();
        instance.setId(id);
        instance.setProcessDefinitionKey(key);
        instance.setSuperProcessInstanceId(calledBy);
        instance.setStartTime(Date.from(T.plusSeconds(startedAt)));
        instance.setEndTime(endedAt == null ? null : Date.from(T.plusSeconds(endedAt)));
        return instance;
    }
}
