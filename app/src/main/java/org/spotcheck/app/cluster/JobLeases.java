package org.spotcheck.app.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.app.SpotcheckSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases on scheduled jobs, so that with several nodes on one database each run of a job happens on
 * one node only (issue 15 point 1, ADR 0015). A node may run a job while it holds the job's lease
 * ({@code sys_job_lease}); it takes a free or expired lease with one conditional UPDATE in its own
 * short transaction, so the database's row lock decides between nodes that try at once. A lease is
 * never released early: it is held for the job's period, so a second node that wakes a moment later in
 * the same period finds it taken and skips that run. A node killed while holding a lease blocks the job
 * only until the lease expires.
 *
 * <p>The lease limits how often a job runs; it is not what makes the work itself once-only. Each job's
 * work is idempotent on its own (reminders and escalations are unique per task and due date, outbox rows
 * are claimed one by one, pruning deletes what is old), so an expired lease taken over while a slow
 * run still goes on does no harm.
 */
@Component
public class JobLeases {

    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String node;

    @Autowired
    JobLeases(JdbcTemplate jdbc, PlatformTransactionManager transactions, SpotcheckSettings settings) {
        this(jdbc, transactions, Clock.systemUTC(), settings.nodeId().isBlank() ? defaultNodeId() : settings.nodeId());
    }

    JobLeases(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, String node) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.node = node;
    }

    /** host:pid:random, unique per running process. */
    static String defaultNodeId() {
        return ManagementFactory.getRuntimeMXBean().getName() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This node's name in the lease table. */
    public String node() {
        return node;
    }

    /**
     * Takes the lease of {@code job} for {@code holdFor} if no other node holds it now; true when this
     * node may run the job. Counts the run on the row ({@code runs}, {@code last_run_at}).
     */
    public boolean tryAcquire(String job, Duration holdFor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Timestamp nowTs = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(holdFor));
        Boolean taken = ownTransaction.execute(s -> {
            int updated = jdbc.update("UPDATE sys_job_lease SET owner = ?, locked_until = ?, last_run_at = ?, runs = runs + 1"
                    + " WHERE name = ? AND locked_until <= ?", node, until, nowTs, job, nowTs);
            if (updated == 1) {
                return true;
            }
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM sys_job_lease WHERE name = ?", Integer.class, job);
            if (rows != null && rows == 0) {
                try {
                    jdbc.update("INSERT INTO sys_job_lease (name, owner, locked_until, last_run_at, runs) VALUES (?, ?, ?, ?, 1)",
                            job, node, until, nowTs);
                    return true;
                } catch (DuplicateKeyException raced) {
                    return false;
                }
            }
            return false;
        });
        if (Boolean.TRUE.equals(taken)) {
            log.debug("node {} runs {} (lease until {})", node, job, until);
        }
        return Boolean.TRUE.equals(taken);
    }
}
