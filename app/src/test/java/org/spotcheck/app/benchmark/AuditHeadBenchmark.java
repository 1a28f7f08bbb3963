package org.spotcheck.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.audit.AuditEvent;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit log's single head row costs when several nodes append at once (issue 15 point 3,
 * ADR 0015). Two "nodes" are two connection pools of their own on the test database, each with its own
 * {@link AuditLog}; 8 and then 32 writers, split evenly between them, each append in its own
 * transaction. The baseline in the same run is the same rows, the same transactions and the same pools
 * with no chain: a plain insert into a scratch table of the same shape, so the difference is the head
 * row's lock and the chain's hash alone. The audit log's way (head row locked per record, one row and its
 * SHA-256 link) is also replayed on scratch tables, the yardstick for a redesign to beat (ADR 0020). One
 * writer is measured first: when the chain at 8 and 32 writers is no faster than at one, the head row
 * serialises the appends.
 *
 * <p>It prints figures and asserts only that the chain still verifies afterwards. Run it with
 * {@code -Pbenchmark -Dtest=AuditHeadBenchmark} (MariaDB, through SPOTCHECK_DB_URL); {@code
 * -Dbenchmark.appends=…} sets the appends per writer (default 100).
 */
@Tag("benchmark")
@SpringBootTest(classes = SpotcheckApplication.class)
class AuditHeadBenchmark {

    @Autowired
    DataSourceProperties properties;

    @Autowired
    AuditLog auditLog;

    private HikariDataSource pool(String name) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName(name);
        pool.setMaximumPoolSize(20);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return pool;
    }

    @Test
    void theHeadRowAgainstPlainInsertsAtEightAndThirtyTwoWritersOnTwoNodes() throws Exception {
        int appends = Integer.getInteger("benchmark.appends", 100);
        try (HikariDataSource nodeA = pool("audit-bench-a"); HikariDataSource nodeB = pool("audit-bench-b")) {
            List<AuditLog> logs = List.of(new AuditLog(new JdbcTemplate(nodeA), new JdbcTransactionManager(nodeA), Clock.systemUTC(), 180),
                    new AuditLog(new JdbcTemplate(nodeB), new JdbcTransactionManager(nodeB), Clock.systemUTC(), 180));
            List<HikariDataSource> pools = List.of(nodeA, nodeB);
            JdbcTemplate admin = new JdbcTemplate(nodeA);
            admin.execute("DROP TABLE IF EXISTS sys_audit_bench");
            admin.execute("DROP TABLE IF EXISTS sys_audit_bench_head");
            admin.execute("CREATE TABLE sys_audit_bench_head (id INT PRIMARY KEY, last_seq BIGINT NOT NULL, last_hash CHAR(64) NOT NULL)");
            admin.update("INSERT INTO sys_audit_bench_head VALUES (1, 0, ?)", "0".repeat(64));
            admin.execute("CREATE TABLE sys_audit_bench (seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, occurred_at TIMESTAMP(3) NOT NULL,"
                    + " actor VARCHAR(64) NOT NULL, actor_org VARCHAR(32), action VARCHAR(40) NOT NULL, target VARCHAR(200),"
                    + " outcome VARCHAR(16) NOT NULL, http_status INT, remote_addr VARCHAR(64), detail VARCHAR(500),"
                    + " prev_hash CHAR(64), hash CHAR(64))");
            try {
                // warm-up of both paths
                run(2, 20, writer -> logs.get(writer % 2).append(event(writer)));
                run(2, 20, writer -> plainInsert(pools.get(writer % 2), writer));
                run(2, 20, writer -> rowByRow(pools.get(writer % 2), writer));
                System.out.println("AUDIT HEAD BENCHMARK (" + properties.determineUrl().replaceAll("\\?.*", "") + ", " + appends
                        + " appends per writer, writers split over two nodes)");
                for (int writers : new int[] {1, 8, 32}) {
                    double plain = run(writers, appends, writer -> plainInsert(pools.get(writer % 2), writer));
                    double single = run(writers, appends, writer -> rowByRow(pools.get(writer % 2), writer));
                    double chained = run(writers, appends, writer -> logs.get(writer % 2).append(event(writer)));
                    System.out.printf("  %2d writers: baseline (no chain) %7.1f appends/s | head row locked per record %7.1f appends/s,"
                            + " ratio %.2f | AuditLog %7.1f appends/s, ratio %.2f%n", writers, plain, single,
                            single / plain, chained, chained / plain);
                }
            } finally {
                admin.execute("DROP TABLE IF EXISTS sys_audit_bench");
                admin.execute("DROP TABLE IF EXISTS sys_audit_bench_head");
            }
        }
        assertThat(auditLog.verify().valid()).as("the chain verifies after the concurrent appends").isTrue();
    }

    private static AuditEvent event(int writer) {
        return new AuditEvent("bench-" + writer, "AUTH-320100", "BENCHMARK", "/bench/" + writer, AuditOutcome.SUCCESS, 200,
                "127.0.0.1", "audit head benchmark");
    }

    private static void plainInsert(HikariDataSource pool, int writer) {
        new TransactionTemplate(new JdbcTransactionManager(pool)).executeWithoutResult(s -> new JdbcTemplate(pool).update(
                "INSERT INTO sys_audit_bench (occurred_at, actor, actor_org, action, target, outcome, http_status, remote_addr, detail)"
                        + " VALUES (CURRENT_TIMESTAMP(3), ?, 'AUTH-320100', 'BENCHMARK', ?, 'SUCCESS', 200, '127.0.0.1', 'audit head benchmark')",
                "bench-" + writer, "/bench/" + writer));
    }

    /**
     * The audit log's own way, replayed on scratch tables (the baseline for a redesign, ADR 0020): one transaction per record that locks the head row,
     * inserts the record with its SHA-256 link and moves the head. On the scratch tables, so the real chain is untouched.
     */
    private static void rowByRow(HikariDataSource pool, int writer) {
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        new TransactionTemplate(new JdbcTransactionManager(pool)).executeWithoutResult(s -> {
            var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM sys_audit_bench_head WHERE id = 1 FOR UPDATE");
            long seq = ((Number) head.get("last_seq")).longValue() + 1;
            String prev = (String) head.get("last_hash");
            String hash = sha256(prev + "\n" + seq + "|bench-" + writer + "|BENCHMARK|/bench/" + writer);
            jdbc.update("INSERT INTO sys_audit_bench (occurred_at, actor, actor_org, action, target, outcome, http_status, remote_addr,"
                    + " detail, prev_hash, hash) VALUES (CURRENT_TIMESTAMP(3), ?, 'AUTH-320100', 'BENCHMARK', ?, 'SUCCESS', 200,"
                    + " '127.0.0.1', 'audit head benchmark', ?, ?)", "bench-" + writer, "/bench/" + writer, prev, hash);
            jdbc.update("UPDATE sys_audit_bench_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        });
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writers threads released together, each doing {@code appends}; returns appends per second over all. */
    private static double run(int writers, int appends, IntConsumer append) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < appends; i++) {
                        append.accept(writer);
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.MINUTES);
            }
            return writers * appends / ((System.nanoTime() - start) / 1e9);
        } finally {
            threads.shutdownNow();
        }
    }
}
