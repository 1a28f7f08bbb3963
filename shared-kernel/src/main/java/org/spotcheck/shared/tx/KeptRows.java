package org.spotcheck.shared.tx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of this module's tables that the current transaction has read, kept so that the steps of one completion
 * read each row once and pass it along (issue 14.2): for example the approval, the filing and the issue of a plan, each
 * called by its own BPMN delegate in one engine command. A kept row is the very object the next caller gets, so a
 * write made through it (a guarded status change sets its status and row version) is seen by the next step. A caller
 * that changes the row's table in any other way {@linkplain #forget forgets} it. Nothing is kept outside a
 * transaction, nor beyond its end: the next transaction reads the database again, so another user's change counts.
 * One class for the modules that pass rows along (planning, sampling, testing; issue 16: no copy per module): a kind is
 * a module's own row class, so the modules' rows never meet under one key. The sampling module forgets everything on
 * any write of its tables ({@link #forgetEverything}). Only this package of the kernel uses Spring's transaction
 * synchronisation (ADR 0021 amended).
 */
public final class KeptRows {

    private static final Object KEY = new Object();

    private KeptRows() {
    }

    /** The row of {@code kind} with this id, read by {@code reader} the first time in this transaction; null if none. */
    public static <T> T get(Class<T> kind, long id, LongFunction<T> reader) {
        return get(kind, Long.valueOf(id), (Long key) -> reader.apply(key));
    }

    /**
     * The row (or rows) of {@code kind} under this key, for example a code, read by {@code reader} the first time in
     * this transaction; null if none.
     */
    @SuppressWarnings("unchecked")
    public static <K, T> T get(Class<?> kind, K key, java.util.function.Function<K, T> reader) {
        Map<Object, Object> kept = kept(true);
        if (kept == null) {
            return reader.apply(key);
        }
        Key k = new Key(kind, key);
        Object row = kept.get(k);
        if (row == null) {
            row = reader.apply(key);
            if (row != null) {
                kept.put(k, row);
            }
        }
        return (T) row;
    }

    /** Keeps a row this transaction has written, under a key other than its id (for example its code). */
    public static void keep(Class<?> kind, Object key, Object row) {
        Map<Object, Object> kept = kept(true);
        if (kept != null && row != null) {
            kept.put(new Key(kind, key), row);
        }
    }

    /** Forgets the kept row under this key (for example a code). */
    public static void forget(Class<?> kind, Object key) {
        Map<Object, Object> kept = kept(false);
        if (kept != null) {
            kept.remove(new Key(kind, key));
        }
    }

    /** Forgets every kept row of {@code kind}: after a write that may change any of them. */
    public static void forgetAll(Class<?> kind) {
        Map<Object, Object> kept = kept(false);
        if (kept != null) {
            kept.keySet().removeIf(k -> ((Key) k).kind() == kind);
        }
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

    /** Forgets the kept row unless it is {@code row}: after a write through another copy of the same row. */
    public static void forgetUnless(Class<?> kind, long id, Object row) {
        Map<Object, Object> kept = kept(false);
        if (kept != null && kept.get(new Key(kind, id)) != row) {
            kept.remove(new Key(kind, id));
        }
    }

    /** Forgets every kept row of this transaction: after any write that may change any of them. */
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

    private record Key(Class<?> kind, Object id) {
    }
}
