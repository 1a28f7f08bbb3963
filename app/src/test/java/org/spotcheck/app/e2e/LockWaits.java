package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own view of its row lock waits, for the latch-driven race tests ({@code StepLockOrderTest},
 * {@code WithdrawalLockOrderTest}): a test holds one request, sends the other, and lets the first go on only once the
 * second has answered or waits for a lock the first holds.
 *
 * <p>On MariaDB (and MySQL) {@code information_schema.INNODB_TRX} is not read live: it is a copy that the server makes
 * again only when nobody has read it for 100 ms ({@code CACHE_MIN_IDLE_TIME} of {@code trx0i_s.cc}). Polled every
 * 10 ms, as the race tests did until 2026-12-08, the copy is never renewed while they poll: the hand-over's lock wait
 * was not seen until a pause of the machine happened to renew it, and on a quiet one not before InnoDB's 50 s lock
 * wait timeout had refused the hand-over (409 CONCURRENT_CHANGE), the held completion waiting for the test all that
 * time. So each read here comes at least {@link #MARIADB_IDLE_MS} after the last one. The waits counted are those of
 * this test's database only (the server may serve other databases, whose waits are not this race's).
 */
final class LockWaits {

    /** More than the 100 ms for which MariaDB's and MySQL's INNODB_TRX copy is kept while it is being read. */
    static final long MARIADB_IDLE_MS = 150;

    private static final long H2_POLL_MS = 10;

    private final JdbcTemplate jdbc;
    private final boolean h2;

    LockWaits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.h2 = "H2".equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
    }

    /**
     * Until the request has answered or a session of this database waits for a row lock: polling the database's own
     * view of its lock waits, not a scheduler; the bound is a guard that fails the test.
     */
    void awaitAnsweredOrWaiting(Future<?> request) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(120);
        while (!request.isDone() && count() == 0) {
            assertThat(Instant.now()).as("the second request neither answered nor waited for a lock").isBefore(until);
            Thread.sleep(h2 ? H2_POLL_MS : MARIADB_IDLE_MS);
        }
    }

    /** The sessions of this database that wait for a row lock now. */
    long count() {
        return h2
                ? jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL", Long.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p"
                        + " ON p.ID = t.trx_mysql_thread_id WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()", Long.class);
    }
}
