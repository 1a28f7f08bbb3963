package org.spotcheck.shared.tx;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work outside the database that must follow the current transaction's outcome, for example a file that may appear
 * only once the row naming it is committed (the sampling module's uploads): {@code onCommit} runs after a commit,
 * {@code onRollback} after a rollback. When the outcome is unknown (the commit itself failed, e.g. the connection
 * dropped after the server had committed), neither runs: the row may exist, so its prepared work must not be undone
 * (review of 2026-12-07). Outside a transaction (nothing to wait for) {@code onCommit} runs at once. Only
 * this package of the kernel uses Spring's transaction synchronisation (ADR 0021 amended).
 */
public final class OnOutcome {

    private OnOutcome() {
    }

    /**
     * Registers the two outcomes with the current transaction. Either runs after the transaction has ended, so its
     * failure cannot undo the transaction: it is for work that has been prepared so that it cannot fail in the usual
     * case (a rename within one directory, a delete).
     */
    public static void register(Runnable onCommit, Runnable onRollback) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            onCommit.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    onCommit.run();
                } else if (status == STATUS_ROLLED_BACK) {
                    onRollback.run();
                }
            }
        });
    }
}
