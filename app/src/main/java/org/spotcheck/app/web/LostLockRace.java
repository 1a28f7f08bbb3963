package org.spotcheck.app.web;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Whether a failure is the database choosing this transaction as the loser of a lock race: a deadlock
 * (MySQL/MariaDB error 1213, SQLState 40001) or a lock wait timeout (error 1205, SQLState 41000 / HY000
 * on MariaDB). Inside a Flowable command such an error reaches the web layer wrapped in a
 * {@code FlowableException} and MyBatis' {@code PersistenceException}, which Spring's exception translation
 * never sees. The whole transaction was rolled back, so the caller lost the race and nothing is half done:
 * it is answered 409 {@code CONCURRENT_CHANGE}, like every other concurrent conflict (one wins, the others
 * get 409), never 500.
 */
final class LostLockRace {

    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    private LostLockRace() {
    }

    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == MYSQL_DEADLOCK
                    || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
