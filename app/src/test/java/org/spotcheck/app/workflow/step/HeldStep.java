package org.spotcheck.app.workflow.step;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Holds one side of a race on a case's sampling step (issue 16.6) at a point {@link StepPauses} names, until
 * {@link #release()}, so that the test lets the other side run into that gap:
 * <ul>
 * <li>{@link #uploadAfterCheck}: the first upload to the case stops between its check of the sampling step (holding
 * it, with {@link StepLocks}) and its store;</li>
 * <li>{@link #completionAfterHold}: the first sampling completion of the case stops once it holds the step and before
 * it seals the record;</li>
 * <li>{@link #completionAfterTaskHold}: the first completion of a task (by task id) stops once it holds the task's row
 * and before its step's command.</li>
 * </ul>
 * The waits are bounded only as a guard: a latch that is never counted down fails the test instead of hanging it.
 */
public final class HeldStep implements AutoCloseable {

    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final Consumer<Consumer<String>> install;
    private final String who;

    private HeldStep(String key, String who, Consumer<Consumer<String>> install) {
        this.install = install;
        this.who = who;
        install.accept(code -> {
            if (key.equals(code) && reached.getCount() > 0) {
                reached.countDown();
                await(released, "the test did not release " + who);
            }
        });
    }

    /** From now until {@link #close()}, the first upload to the case waits after its check of the sampling step. */
    public static HeldStep uploadAfterCheck(String caseCode) {
        return new HeldStep(caseCode, "the upload", RacePauses::holdAfterUploadCheck);
    }

    /** From now until {@link #close()}, the first sampling completion of the case waits once it holds the step. */
    public static HeldStep completionAfterHold(String caseCode) {
        return new HeldStep(caseCode, "the completion", RacePauses::holdAfterSamplingHold);
    }

    /** From now until {@link #close()}, the first completion of the task waits once it holds the task's row. */
    public static HeldStep completionAfterTaskHold(String taskId) {
        return new HeldStep(taskId, "the completion", RacePauses::holdAfterCompletionHold);
    }

    /** Returns once the held side has reached its point and waits there. */
    public void awaitReached() {
        await(reached, who + " never reached the sampling step's hold");
    }

    /** Lets the held side go on. */
    public void release() {
        released.countDown();
    }

    private static void await(CountDownLatch latch, String failure) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(failure, e);
        }
    }

    @Override
    public void close() {
        released.countDown();
        install.accept(code -> { });
    }
}
