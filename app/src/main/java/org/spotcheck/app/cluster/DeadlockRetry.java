package org.spotcheck.app.cluster;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a request's unit of work in one transaction and runs it once more when the database chose that
 * transaction as the victim of a deadlock (issue 15, ADR 0015). On MariaDB two completions of different
 * cases at the same moment can deadlock inside Flowable (seen in the cluster test: {@code delete from
 * ACT_RU_VARIABLE where EXECUTION_ID_ = ?} at 批准报告); InnoDB then rolls the victim's transaction back
 * whole, so nothing of it stays and running it again is safe. That is what the server's manual asks of
 * clients ("always be prepared to re-issue a transaction if it fails due to deadlock"); until now the
 * user got a 409 for a conflict that was not his.
 *
 * <p>Only the outermost transaction can be run again: inside a caller's transaction the work runs as it
 * is, and the caller's own boundary (if it uses this class) retries. Only a deadlock is retried, never a
 * lock wait timeout (answered 503 with Retry-After for the client to send again, ADR 0023) or a constraint (the
 * one-winner guard of a task completion stays a 409). The work
 * must do nothing outside the database that a second run would repeat.
 */
@Component
public class DeadlockRetry {

    /** The first run and at most two more; a third deadlock in a row is answered as a concurrent change (409). */
    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    private final TransactionTemplate transactions;

    public DeadlockRetry(PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} in a transaction (or in the caller's), again after a deadlock. */
    public <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                log.info("deadlock victim, rolled back whole; running the transaction again (attempt {} of {}): {}", attempt + 1,
                        ATTEMPTS, deepest(e));
                pauseBeforeRun(attempt, e);
            }
        }
    }

    /**
     * Waits a random moment before the victim runs again, longer after each deadlock (at most 25 ms, then 50 ms). Run at
     * once, the victim can take the row its winner is still waiting for before the winner is woken, and be the victim a
     * second and a third time: seen on H2, whose lock waits poll, when a busy machine ran the winner's thread late
     * (DeadlockRetryTest in a loaded CI run). The randomness keeps two victims of one deadlock from meeting again.
     */
    private static void pauseBeforeRun(int attempt, RuntimeException deadlock) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 25L << (attempt - 1)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw deadlock;
        }
    }

    /** Runs {@code work} in a transaction (or in the caller's), again after a deadlock. */
    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * A deadlock anywhere in the cause chain (Flowable wraps the driver's exception in MyBatis's, Spring in its own):
     * MySQL/MariaDB error 1213, H2's 40001. Not a lock wait timeout (1205), which Connector/J also reports with SQLSTATE
     * 40001: it rolls back only the statement, and waiting the full timeout again would not help.
     */
    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213
                    || sql.getErrorCode() != 1205 && "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }
}
