package org.spotcheck.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.app.notification.MailSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The business gauges of issue 15.4 (ADR 0016), each from one cheap aggregate query, computed at most once per
 * {@code spotcheck.monitoring.gauge-ttl} (default 30 s) however often and by however many scrapers they are read:
 * {@link MonitoringScrapeFilter} calls {@link #refreshIfStale()} before a scrape, so a scrape never runs a query when
 * the last figures are younger than that, and the gauges themselves only read the cached figures.
 * <ul>
 * <li>{@code spotcheck_tasks_open{step,org}}: open user tasks by BPMN step and by the organisation of their
 * candidate group ({@code ROLE:ORG}); {@code org="-"} for a task with no candidate group.</li>
 * <li>{@code spotcheck_tasks_overdue{step,statutory}}: open tasks past their due date on the workflow clock;
 * {@code statutory="true"} for the steps whose period a regulation sets ({@link #STATUTORY_STEPS}).</li>
 * <li>{@code spotcheck_mail_outbox_pending}, {@code spotcheck_mail_outbox_failing} (pending with at least one failed
 * attempt), {@code spotcheck_mail_outbox_failed} (given up after {@code spotcheck.mail.max-attempts}).</li>
 * <li>{@code flowable_jobs{type}}: the engine's async, timer, suspended and dead-letter jobs.</li>
 * </ul>
 * The queries read the engine's tables with plain SQL: no {@code TaskQuery} (whose generated SQL is what issue 14
 * profiled as slow) and no per-task work. At 100,000 open tasks the task query is one index-ordered grouping every
 * 30 s at most, on one node per scrape target.
 */
@Component
public class BusinessGauges implements MeterBinder {

    /**
     * Steps whose due date comes from a regulation: the objection window (R5, Product Quality Law art. 15 para 4:
     * 15 days), the rectification period (R13, Order 18 art. 46: 60 days), the re-inspection (R14, Order 18 art. 47:
     * 75 days), serving the notice and ordering rectification (R25, AQSIQ 2015 post-handling: 5 working days) and the
     * announcement (R31). See application.yml {@code spotcheck.disposal.periods} and {@code spotcheck.task-deadlines}.
     */
    static final Set<String> STATUTORY_STEPS = Set.of("fileObjection", "submitRectificationReport", "organiseReinspection",
            "serveNotice", "orderRectification", "announceFailure");

    private static final Logger log = LoggerFactory.getLogger(BusinessGauges.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration ttl;
    private final int maxMailAttempts;
    private MultiGauge openTasks;
    private MultiGauge overdueTasks;
    private MultiGauge jobs;
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private volatile long refreshes;

    BusinessGauges(JdbcTemplate jdbc, @Qualifier("workflowClock") Clock clock,
            OperationsSettings.Monitoring monitoring, MailSettings mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = monitoring.gaugeTtl();
        this.maxMailAttempts = mail.maxAttempts();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        openTasks = MultiGauge.builder("spotcheck.tasks.open").description("open user tasks by step and organisation").register(registry);
        overdueTasks = MultiGauge.builder("spotcheck.tasks.overdue").description("open user tasks past their due date").register(registry);
        jobs = MultiGauge.builder("flowable.jobs").description("the engine's jobs by type").register(registry);
        Gauge.builder("spotcheck.mail.outbox.pending", this, g -> g.snapshot.mailPending()).description("e-mails not yet sent")
                .register(registry);
        Gauge.builder("spotcheck.mail.outbox.failing", this, g -> g.snapshot.mailFailing())
                .description("e-mails not yet sent whose last attempt failed").register(registry);
        Gauge.builder("spotcheck.mail.outbox.failed", this, g -> g.snapshot.mailFailed())
                .description("e-mails given up after the last attempt").register(registry);
        Gauge.builder("spotcheck.gauges.age", this, g -> g.snapshot.takenAt() == null ? -1
                : Duration.between(g.snapshot.takenAt(), Instant.now()).toMillis() / 1000.0).baseUnit("seconds")
                .description("age of the business gauges' figures").register(registry);
    }

    /** Recomputes the figures if they are older than the time to live; returns whether it did. */
    public synchronized boolean refreshIfStale() {
        Instant now = Instant.now();
        if (snapshot.takenAt() != null && snapshot.takenAt().plus(ttl).isAfter(now)) {
            return false;
        }
        try {
            refresh(now);
        } catch (RuntimeException e) {
            // the database away: keep the last figures (their age gauge grows), never fail the scrape
            log.warn("business gauges not refreshed: {}", e.toString());
        }
        return true;
    }

    /** How often the figures were computed (tests: the cache holds). */
    public long refreshes() {
        return refreshes;
    }

    private void refresh(Instant now) {
        List<MultiGauge.Row<?>> open = new ArrayList<>();
        jdbc.query("SELECT T.TASK_DEF_KEY_, L.GROUP_ID_, COUNT(DISTINCT T.ID_) FROM ACT_RU_TASK T "
                + "LEFT JOIN ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_ AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ IS NOT NULL "
                + "GROUP BY T.TASK_DEF_KEY_, L.GROUP_ID_", rs -> {
                    String group = rs.getString(2);
                    String org = group == null ? "-" : group.substring(group.indexOf(':') + 1);
                    open.add(MultiGauge.Row.of(Tags.of("step", String.valueOf(rs.getString(1)), "org", org,
                            "role", group == null ? "-" : group.substring(0, Math.max(0, group.indexOf(':')))), rs.getLong(3)));
                });
        List<MultiGauge.Row<?>> overdue = new ArrayList<>();
        Timestamp workflowNow = Timestamp.from(clock.instant());
        jdbc.query("SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ IS NOT NULL AND DUE_DATE_ < ? GROUP BY TASK_DEF_KEY_",
                rs -> {
                    String step = String.valueOf(rs.getString(1));
                    overdue.add(MultiGauge.Row.of(Tags.of("step", step, "statutory", String.valueOf(STATUTORY_STEPS.contains(step))),
                            rs.getLong(2)));
                }, workflowNow);
        List<MultiGauge.Row<?>> jobRows = new ArrayList<>();
        for (Map.Entry<String, String> table : Map.of("async", "ACT_RU_JOB", "timer", "ACT_RU_TIMER_JOB", "suspended",
                "ACT_RU_SUSPENDED_JOB", "deadletter", "ACT_RU_DEADLETTER_JOB").entrySet()) {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.getValue(), Long.class);
            jobRows.add(MultiGauge.Row.of(Tags.of("type", table.getKey()), count == null ? 0 : count));
        }
        Map<String, Object> mail = jdbc.queryForMap("SELECT COUNT(*) AS pending, "
                + "COALESCE(SUM(CASE WHEN attempts > 0 AND attempts < ? THEN 1 ELSE 0 END), 0) AS failing, "
                + "COALESCE(SUM(CASE WHEN attempts >= ? THEN 1 ELSE 0 END), 0) AS failed "
                + "FROM sys_mail_outbox WHERE sent_at IS NULL", maxMailAttempts, maxMailAttempts);
        openTasks.register(open, true);
        overdueTasks.register(overdue, true);
        jobs.register(jobRows, true);
        long failed = ((Number) mail.get("failed")).longValue();
        long pending = ((Number) mail.get("pending")).longValue() - failed;
        snapshot = new Snapshot(now, pending, ((Number) mail.get("failing")).longValue(), failed);
        refreshes++;
    }

    private record Snapshot(Instant takenAt, long mailPending, long mailFailing, long mailFailed) {
        static final Snapshot EMPTY = new Snapshot(null, 0, 0, 0);
    }
}
