package org.spotcheck.app.workflow.engine;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;

/**
 * An engine event listener that acts inside the command that fired the event: it is called at once (not on a
 * transaction's lifecycle) and its failure fails the command, so what it writes commits or rolls back with it.
 * A leaf package, so that {@code app.workflow} and its sub-packages may all use it (ArchUnit noPackageCycles).
 */
public interface CommandListener extends FlowableEventListener {

    @Override
    default boolean isFailOnException() {
        return true;
    }

    @Override
    default boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    default String getOnTransaction() {
        return null;
    }
}
