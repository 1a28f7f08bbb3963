package org.spotcheck.app.workflow;

import org.spotcheck.app.workflow.variable.ProcessVariables;

/**
 * Names shared between result-handling.bpmn20.xml, lab-test.bpmn20.xml, quality-warning.bpmn20.xml
 * and the Java code (issue 6); the variables, the lab chain's shared with spot-check.bpmn20.xml among them,
 * are {@link ProcessVariables}.
 */
public final class ResultHandlingProcess {

    /** result-handling.bpmn20.xml, called by spotCheck's handleResult once the notice is served. */
    public static final String RESULT_HANDLING = "resultHandling";
    /** lab-test.bpmn20.xml: receipt, results and the report chain at one lab (re-test, re-inspection). */
    public static final String LAB_TEST = "labTest";
    /** quality-warning.bpmn20.xml: a quality warning waits for planners to start a special plan. */
    public static final String QUALITY_WARNING = "qualityWarning";

    // the variables, typed, are in ProcessVariables

    private ResultHandlingProcess() {
    }

    /**
     * The engine's instant for a statutory deadline given as its last day (issue 12, point 4): the
     * timer fires at 00:00 China time of the day after, so that the whole last day is in time; the task
     * waiting for it is due at the end of the last day like every task (TaskDeadlines turns the instant into
     * 23:59:59, {@code StatutoryTimers.taskDueAt}); the inbox shows that same day ({@link TaskView#lastDay}). The instant
     * lives only in the engine's variables; every document, page and API shows the day.
     */
    public static String timerAfter(java.time.LocalDate lastDay) {
        return org.spotcheck.app.workflow.clock.StatutoryTimers.timerAfter(lastDay);
    }
}
