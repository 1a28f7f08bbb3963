package org.spotcheck.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The audit log's group commit (ADR 0020): appends that wait while another is written go into one
 * transaction under one lock of the head row, and the chain is exactly what one-by-one appends give.
 * Two {@link AuditLog}s on one database stand for two nodes.
 */
class AuditGroupCommitTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void setUp() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-group-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/app").table("sys_schema_history").load().migrate();
    }

    private AuditLog node() {
        return new AuditLog(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource), Clock.systemUTC(), 180);
    }

    private static AuditEvent event(int i) {
        return AuditEvent.of("user" + i, "AUTH-320100", "LOGIN", "/login", AuditOutcome.SUCCESS, "10.0.0.1", "append " + i);
    }

    @Test
    void appendsThatWaitWhileOneIsWrittenAreWrittenInOneTransaction() throws Exception {
        AuditLog log = node();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Long>> seqs = new ArrayList<>();
        try (Connection otherNode = dataSource.getConnection()) {
            // another node holds the head row: the first append of this node waits for it inside its transaction
            otherNode.setAutoCommit(false);
            try (Statement s = otherNode.createStatement()) {
                s.executeQuery("SELECT last_seq FROM sys_audit_head WHERE id = 1 FOR UPDATE").close();
            }
            CountDownLatch firstStarted = new CountDownLatch(1);
            seqs.add(threads.submit(() -> {
                firstStarted.countDown();
                return log.append(event(0));
            }));
            firstStarted.await(30, TimeUnit.SECONDS);
            awaitBatches(log, 1); // the first append is in its transaction, waiting for the head row
            for (int i = 1; i < 8; i++) {
                int n = i;
                seqs.add(threads.submit(() -> log.append(event(n))));
            }
            awaitQueued(log, 7);
            otherNode.commit();
        }
        Set<Long> distinct = new HashSet<>();
        for (Future<Long> f : seqs) {
            distinct.add(f.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertThat(distinct).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(log.batches()).as("the first append alone, then the seven that waited together").isEqualTo(2);
        assertThat(log.verify().valid()).isTrue();
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM sys_audit", Long.class)).isEqualTo(8);
    }

    @Test
    void twoNodesAppendingAtOnceKeepOneUnbrokenChain() throws Exception {
        List<AuditLog> nodes = List.of(node(), node());
        int writers = 16;
        int appends = 25;
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(threads.submit(() -> {
                go.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < appends; i++) {
                    mine.add(nodes.get(writer % 2).append(event(writer * 100 + i)));
                }
                return mine;
            }));
        }
        go.countDown();
        Set<Long> seqs = new HashSet<>();
        for (Future<List<Long>> f : results) {
            seqs.addAll(f.get(120, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertThat(seqs).as("every append has its own sequence number").hasSize(writers * appends);
        assertThat(seqs).allMatch(s -> s >= 1 && s <= writers * appends);
        AuditVerification verification = nodes.get(0).verify();
        assertThat(verification.valid()).as(String.valueOf(verification)).isTrue();
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM sys_audit", Long.class)).isEqualTo(writers * appends);
    }

    /** Until the log has started {@code n} transactions; polled on its own state, with a bound. */
    private static void awaitBatches(AuditLog log, long n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (log.batches() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the first append never started its transaction");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    private static void awaitQueued(AuditLog log, int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (log.queued() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + log.queued() + " appends queued");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }
}
