package org.spotcheck.sampling.internal.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of this module's tables that the current transaction has read, kept so that the steps of one completion
 * read each row once and pass it along (issue 14.2): for example the approval, the filing and the issue of a plan, each
 * called by its own BPMN delegate in one engine command. In the sampling module every write of the module's tables
 * through MyBatis forgets everything kept ({@link ForgetKeptRowsOnWrite}), so what is kept is only ever what the
 * database holds. Nothing is kept outside a
 * transaction, nor beyond its end: the next transaction reads the database again, so another user's change counts.
 */
public final class KeptRows {

    private static final Object KEY = new Object();

    private KeptRows() {
    }

    /** The row of {@code kind} with this id, read by {@code reader} the first time in this transaction; null if none. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Class<T> kind, long id, LongFunction<T> reader) {
        Map<Object, Object> kept = kept(true);
        if (kept == null) {
            return reader.apply(id);
        }
        Key key = new Key(kind, id);
        Object row = kept.get(key);
        if (row == null) {
            row = reader.apply(id);
            if (row != null) {
                kept.put(key, row);
            }
        }
        return (T) row;
    }

    /** Keeps a row this transaction has read or written. */
    public static <T> void keep(Class<T> kind, long id, T row) {
        Map<Object, Object> kept = kept(true);
        if (kept != null && row != null) {
            kept.put(new Key(kind, id), row);
        }
    }

    /** Forgets the kept row, after a write that did not go through it; the next {@link #get} reads it again. */
    public static void forget(Class<?> kind, long id) {
        Map<Object, Object> kept = kept(false);
        if (kept != null) {
            kept.remove(new Key(kind, id));
        }
    }

    /** Forgets every kept row: after any write of this module's tables ({@link ForgetKeptRowsOnWrite}). */
    public static void forgetEverything() {
        Map<Object, Object> kept = kept(false);
        if (kept != null) {
            kept.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> kept(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<Object, Object> kept = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (kept == null && create) {
            Map<Object, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(KEY);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(KEY, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            kept = fresh;
        }
        return kept;
    }

    private record Key(Class<?> kind, long id) {
    }
}
