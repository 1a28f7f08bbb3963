package org.spotcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.springframework.dao.CannotAcquireLockException;

/**
 * A request that waited for a row lock longer than the database's lock wait timeout (ADR 0023): another transaction
 * still held the row, nothing of this request was kept (its transaction is rolled back), and the same request sent
 * again a few seconds later can succeed. Answered 503 with {@code Retry-After} and rule {@code LOCK_WAIT_TIMEOUT}:
 * not 409, which tells a client (the offline field app) that the record changed and its request is final.
 * One timeout on both databases: {@code spring.datasource.hikari.connection-init-sql} (application.yml for H2,
 * application-mysql.yml for MariaDB), below Connector/J's socketTimeout so the wait ends as this error, not as a
 * dropped connection.
 */
public final class LockWaitTimeout {

    public static final String RULE = "LOCK_WAIT_TIMEOUT";
    static final String DETAIL = "the record is being changed by another request; try again in a few seconds";

    /** MySQL/MariaDB ER_LOCK_WAIT_TIMEOUT (SQLSTATE 40001 from Connector/J, HY000 from the server). */
    static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    /** H2's LOCK_TIMEOUT_1 (SQLSTATE HYT00, a JdbcSQLTimeoutException): "Timeout trying to lock table". */
    static final int H2_LOCK_TIMEOUT = 50200;

    private LockWaitTimeout() {
    }

    /**
     * A lock wait timeout anywhere in the cause chain: Spring's translation for mappers and JdbcTemplate
     * ({@link CannotAcquireLockException}, from both codes) or the driver's exception inside a Flowable command.
     */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotAcquireLockException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT
                    || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** 503 with Retry-After in the caller's language, for the outermost filter (the API's and pages' handlers answer it themselves). */
    static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatabaseUnavailable.write(request, response, RULE, DETAIL);
    }
}
