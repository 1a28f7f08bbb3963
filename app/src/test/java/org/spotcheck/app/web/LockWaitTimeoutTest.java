package org.spotcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.ibatis.exceptions.PersistenceException;
import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * Issue 15, ADR 0023: a lock <em>wait timeout</em> (MariaDB error 1205, a row held longer than
 * {@code innodb_lock_wait_timeout}; H2 error 50200) reaches the handlers of a lost race, which answer it 503
 * LOCK_WAIT_TIMEOUT with Retry-After ({@link LockWaitTimeout}), never 500 and no longer a final 409. The exception is the
 * real one from the driver against the real database (two connections, one holds the row), then resolved as the engine
 * wraps it (FlowableException → PersistenceException → driver) and as Spring translates it for MyBatis mappers.
 * MariaDB: CI step 2 sets SPOTCHECK_DB_URL; H2 always.
 */
class LockWaitTimeoutTest {

    private final ExceptionHandlerMethodResolver api = new ExceptionHandlerMethodResolver(ApiExceptionHandler.class);
    private final ExceptionHandlerMethodResolver pages = new ExceptionHandlerMethodResolver(PageExceptionHandler.class);

    @Test
    void aLockWaitTimeoutFromTheDriverIsALostRaceOnTheApiAndThePages() throws Exception {
        String url = System.getenv("SPOTCHECK_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:mysql:")
                && String.valueOf(System.getProperty("spring.profiles.active")).contains("mysql"), "MariaDB only (-Pmysql)");
        String user = System.getenv("SPOTCHECK_DB_USER");
        String password = System.getenv().getOrDefault("SPOTCHECK_DB_PASSWORD", "");
        String table = "zz_lock_probe_" + ProcessHandle.current().pid();
        try (Connection holder = DriverManager.getConnection(url, user, password);
                Connection waiter = DriverManager.getConnection(url, user, password)) {
            try (Statement s = holder.createStatement()) {
                s.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, v INT) ENGINE=InnoDB");
                s.execute("INSERT INTO " + table + " VALUES (1, 0)");
            }
            try {
                holder.setAutoCommit(false);
                try (Statement s = holder.createStatement()) {
                    s.executeQuery("SELECT v FROM " + table + " WHERE id = 1 FOR UPDATE").close();
                }
                waiter.setAutoCommit(false);
                SQLException timeout;
                try (Statement s = waiter.createStatement()) {
                    s.execute("SET SESSION innodb_lock_wait_timeout = 1");
                    timeout = catchThrowableOfType(SQLException.class,
                            () -> s.executeUpdate("UPDATE " + table + " SET v = v + 1 WHERE id = 1"));
                }
                assertThat((Throwable) timeout).as("the second writer waits out the held row").isNotNull();
                assertThat(timeout.getErrorCode()).isEqualTo(1205);
                waiter.rollback();

                FlowableException insideTheEngine = new FlowableException("update failed", new PersistenceException(timeout));
                assertThat(name(api.resolveMethodByThrowable(insideTheEngine))).isEqualTo("lostLockRace");
                assertThat(name(pages.resolveMethodByThrowable(insideTheEngine))).isEqualTo("lostLockRace");

                DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator("MySQL").translate("update", null, timeout);
                assertThat(translated).isInstanceOf(ConcurrencyFailureException.class);
                assertThat(name(api.resolveMethodByThrowable(translated))).isEqualTo("concurrent");
                assertThat(name(pages.resolveMethodByThrowable(translated))).isEqualTo("lostLockRace");
                assertThat(LockWaitTimeout.in(insideTheEngine)).isTrue();
                assertThat(LockWaitTimeout.in(translated)).isTrue();
                holder.rollback();
            } finally {
                holder.setAutoCommit(true);
                try (Statement s = holder.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
            }
        }
    }

    @Test
    void anH2LockTimeoutIsALockWaitTimeoutNotTheDatabaseAway() throws Exception {
        String url = "jdbc:h2:mem:lockwait-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1";
        try (Connection holder = DriverManager.getConnection(url, "sa", "");
                Connection waiter = DriverManager.getConnection(url + ";LOCK_TIMEOUT=100", "sa", "")) {
            try (Statement s = holder.createStatement()) {
                s.execute("CREATE TABLE probe (id INT PRIMARY KEY, v INT)");
                s.execute("INSERT INTO probe VALUES (1, 0)");
            }
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeQuery("SELECT v FROM probe WHERE id = 1 FOR UPDATE").close();
            }
            waiter.setAutoCommit(false);
            SQLException timeout;
            try (Statement s = waiter.createStatement()) {
                timeout = catchThrowableOfType(SQLException.class, () -> s.executeUpdate("UPDATE probe SET v = v + 1 WHERE id = 1"));
            }
            holder.rollback();
            assertThat((Throwable) timeout).as("the second writer waits out the held row").isNotNull();
            assertThat(timeout.getErrorCode()).isEqualTo(LockWaitTimeout.H2_LOCK_TIMEOUT);

            FlowableException insideTheEngine = new FlowableException("update failed", new PersistenceException(timeout));
            DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator("H2").translate("update", null, timeout);
            assertThat(LockWaitTimeout.in(insideTheEngine)).isTrue();
            assertThat(LockWaitTimeout.in(translated)).isTrue();
            assertThat(name(api.resolveMethodByThrowable(translated))).isEqualTo("concurrent");
            // H2's is an SQLTimeoutException, which alone reads as "the database is away": the filter asks LockWaitTimeout first
            assertThat(DatabaseUnavailable.in(insideTheEngine)).isTrue();
            assertThat(LockWaitTimeout.in(new FlowableException("deadlock", new PersistenceException(
                    new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213))))).isFalse();
        }
    }

    private static String name(Method m) {
        return m == null ? null : m.getName();
    }
}
