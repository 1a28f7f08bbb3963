package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One case (a plan's approval or a spot-check) as a timeline of who did what, when, and the
 * process diagram with completed and current steps highlighted.
 */
public record CaseTimeline(String businessKey, String processKey, String processName, String processInstanceId,
        boolean ended, List<String> currentSteps, List<Entry> entries, String diagramSvg) {

    /** One step: a user task with its assignee, a service task, an event, or a comment. */
    public record Entry(String kind, String activityId, String name, String actor, Instant startedAt, Instant endedAt,
            String comment) {
    }
}
