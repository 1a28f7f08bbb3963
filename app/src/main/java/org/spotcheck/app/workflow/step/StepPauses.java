package org.spotcheck.app.workflow.step;

/**
 * The points at which two requests on one step can meet (issue 16.6): an upload and the sampling step's completion
 * ({@link StepLocks}), two completions of one task ({@code TaskCompletionService}). The app registers no bean of it
 * and nothing pauses ({@link #NONE}); a test registers one that holds a request at its point, so that the test can
 * force the other request into the gap instead of hoping for it.
 */
public interface StepPauses {

    /** Nothing pauses: the app's own behaviour. */
    StepPauses NONE = new StepPauses() {
    };

    /** An upload to the case has checked (and holds) the case's sampling step, and has not stored its file yet. */
    default void afterUploadCheck(String caseCode) {
    }

    /** The sampling step's completion holds the step, and has not sealed the record yet. */
    default void afterSamplingHold(String caseCode) {
    }

    /** A completion has read its task as open, and has written nothing yet. */
    default void afterCompletionRead(String taskId) {
    }

    /** A completion holds its task's row (ADR 0004's one lock order), and has not run its step's command yet. */
    default void afterCompletionHold(String taskId) {
    }
}
