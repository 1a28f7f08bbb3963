package org.spotcheck.app.workflow.step;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the sampling step's completion of a case once it holds the step ({@link StepLocks}) and before it seals the
 * record, until {@link #release()} (issue 16.6): the test lets an upload to the case run into that gap. The waits are
 * bounded only as a guard.
 */
public final class SamplingHold implements AutoCloseable {

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private SamplingHold(String caseCode) {
        StepLocks.afterSamplingHold = code -> {
            if (caseCode.equals(code) && held.getCount() > 0) {
                held.countDown();
                await(released, "the test did not release the completion");
            }
        };
    }

    /** From now until {@link #close()}, the first sampling completion of the case waits once it holds the step. */
    public static SamplingHold of(String caseCode) {
        return new SamplingHold(caseCode);
    }

    /** Returns once the completion holds the step and waits. */
    public void awaitHeld() {
        await(held, "the completion never held the sampling step");
    }

    /** Lets the completion go on and seal the record. */
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
        StepLocks.afterSamplingHold = code -> { };
    }
}
