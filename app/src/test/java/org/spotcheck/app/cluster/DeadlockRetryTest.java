package org.spotcheck.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.flowable.common.engine.api.FlowableException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real deadlock between two transactions (each locks one row, then waits for the other's), on the
 * embedded H2 or, with {@code -Pmysql}, on MariaDB: the database rolls one back, {@link DeadlockRetry}
 * runs that one again, and both units of work are done exactly once (issue 15: two cases approved at
 * the same moment in the cluster test). Without the retry one of the two fails and the counts are off.
 */
class DeadlockRetryTest {

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private DeadlockRetry retry;
    private String table;

    @BeforeEach
    void setUp() {
        String url = System.getenv("SPOTCHECK_DB_URL");
        if (url != null && !url.isBlank()) {
            dataSource = new DriverManagerDataSource(url, System.getenv().getOrDefault("SPOTCHECK_DB_USER", "root"),
                    System.getenv().getOrDefault("SPOTCHECK_DB_PASSWORD", ""));
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:deadlock-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
            dataSource = h2;
        }
        jdbc = new JdbcTemplate(dataSource);
        table = "tmp_deadlock_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, n INT NOT NULL)");
        jdbc.update("INSERT INTO " + table + " (id, n) VALUES (0, 0), (1, 0)");
        retry = new DeadlockRetry(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE " + table);
    }

    @Test
    void theDeadlockVictimIsRunAgainAndBothAreDoneOnce() throws Exception {
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int first = i;
                done.add(threads.submit(() -> retry.run(() -> {
                    boolean firstRun = runs.incrementAndGet() <= 2;
                    jdbc.update("UPDATE " + table + " SET n = n + 1 WHERE id = ?", first);
                    if (firstRun) {
                        await(bothHoldOneRow); // both hold their first row: the second update of each waits for the other
                    }
                    jdbc.update("UPDATE " + table + " SET n = n + 1 WHERE id = ?", 1 - first);
                })));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS); // neither fails
            }
        } finally {
            threads.shutdownNow();
        }
        // MariaDB picks one victim (3 runs); H2 may tell both waiters at once on a busy machine (4 runs): either way each
        // victim ran once more, and no unit of work failed or counted twice
        assertThat(runs.get()).as("two first runs and each victim's second run").isBetween(3, 4);
        assertThat(jdbc.queryForList("SELECT n FROM " + table + " ORDER BY id", Integer.class))
                .as("each unit of work counted once on each row").containsExactly(2, 2);
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(() -> {
            runs.incrementAndGet();
            jdbc.update("INSERT INTO " + table + " (id, n) VALUES (0, 9)");
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void insideTheCallersTransactionTheCallerDecides() {
        AtomicInteger runs = new AtomicInteger();
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThatThrownBy(() -> outer.executeWithoutResult(s -> retry.run(() -> {
            runs.incrementAndGet();
            throw new FlowableException("flush failed", new PersistenceException(deadlock()));
        }))).isInstanceOf(FlowableException.class);
        assertThat(runs.get()).as("the transaction is the caller's: it cannot be run again from inside").isEqualTo(1);
    }

    @Test
    void aDeadlockDeepInTheEnginesCausesIsRecognisedAndALockWaitTimeoutIsNot() {
        assertThat(DeadlockRetry.isDeadlock(new FlowableException("flush failed", new PersistenceException(deadlock())))).isTrue();
        assertThat(DeadlockRetry.isDeadlock(new RuntimeException(
                new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001", 1205)))).isFalse();
        assertThat(DeadlockRetry.isDeadlock(new RuntimeException(new SQLException("syntax", "42000", 1064)))).isFalse();
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(() -> {
            runs.incrementAndGet();
            throw new FlowableException("flush failed", new PersistenceException(deadlock()));
        })).isInstanceOf(FlowableException.class);
        assertThat(runs.get()).as("at most " + DeadlockRetry.ATTEMPTS + " runs").isEqualTo(DeadlockRetry.ATTEMPTS);
    }

    private static SQLException deadlock() {
        return new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the two transactions did not overlap", e);
        }
    }
}
