package org.spotcheck.app.workflow.step;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds an upload to a case between its check of the sampling step and its store (issue 16.6): the first upload to
 * {@code caseCode} stops there, having found the step open (and, with {@link StepLocks}, holding it), until
 * {@link #release()}. The test then lets the step's completion run into that gap. The waits are bounded only as a
 * guard: a latch that is never counted down fails the test instead of hanging it.
 */
public final class UploadOverlap implements AutoCloseable {

    private final CountDownLatch checked = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private UploadOverlap(String caseCode) {
        StepLocks.afterUploadCheck = code -> {
            if (caseCode.equals(code) && checked.getCount() > 0) {
                checked.countDown();
                await(released, "the test did not release the upload");
            }
        };
    }

    /** From now until {@link #close()}, the first upload to the case waits after its check of the sampling step. */
    public static UploadOverlap of(String caseCode) {
        return new UploadOverlap(caseCode);
    }

    /** Returns once the upload has checked the sampling step and waits. */
    public void awaitChecked() {
        await(checked, "the upload never checked the sampling step");
    }

    /** Lets the upload go on and store its file. */
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
        StepLocks.afterUploadCheck = code -> { };
    }
}
