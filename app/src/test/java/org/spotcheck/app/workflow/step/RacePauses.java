package org.spotcheck.app.workflow.step;

import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test side of {@link StepPauses}: the points at which a race test holds one request ({@link HeldStep},
 * {@code CompletionOverlap}), each a no-op until a test installs its hold and again after it closes. The holds are
 * static, so every test application (whichever cached context a test runs in) pauses where the test says. Registered
 * in every test application by {@code META-INF/spring/...AutoConfiguration.imports} of the test resources: nothing of
 * it is in the app, which has no {@link StepPauses} bean and pauses nowhere.
 */
public final class RacePauses implements StepPauses {

    private static final Consumer<String> NOTHING = key -> { };

    private static volatile Consumer<String> uploadCheck = NOTHING;
    private static volatile Consumer<String> samplingHold = NOTHING;
    private static volatile Consumer<String> completionRead = NOTHING;
    private static volatile Consumer<String> completionHold = NOTHING;

    /** From now on (null: no more) the hold after an upload's check of the sampling step, by case code. */
    public static void holdAfterUploadCheck(Consumer<String> hold) {
        uploadCheck = hold == null ? NOTHING : hold;
    }

    /** From now on (null: no more) the hold once the sampling completion holds the step, by case code. */
    public static void holdAfterSamplingHold(Consumer<String> hold) {
        samplingHold = hold == null ? NOTHING : hold;
    }

    /** From now on (null: no more) the hold after a completion has read its open task, by task id. */
    public static void holdAfterCompletionRead(Consumer<String> hold) {
        completionRead = hold == null ? NOTHING : hold;
    }

    /** From now on (null: no more) the hold once a completion holds its task's row, by task id. */
    public static void holdAfterCompletionHold(Consumer<String> hold) {
        completionHold = hold == null ? NOTHING : hold;
    }

    @Override
    public void afterUploadCheck(String caseCode) {
        uploadCheck.accept(caseCode);
    }

    @Override
    public void afterSamplingHold(String caseCode) {
        samplingHold.accept(caseCode);
    }

    @Override
    public void afterCompletionRead(String taskId) {
        completionRead.accept(taskId);
    }

    @Override
    public void afterCompletionHold(String taskId) {
        completionHold.accept(taskId);
    }

    /** The pauses in every test application. */
    @AutoConfiguration
    public static class Registration {

        @Bean
        StepPauses racePauses() {
            return new RacePauses();
        }
    }
}
