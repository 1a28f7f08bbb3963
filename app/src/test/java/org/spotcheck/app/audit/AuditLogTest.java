package org.spotcheck.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The audit log on its own database (the app's migrations only): the hash chain detects an edited,
 * a deleted and an inserted row; retention never removes a record younger than 180 days and the
 * chain still verifies after pruning; log injection and spreadsheet formulas are neutralised.
 */
class AuditLogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private JdbcTemplate jdbc;
    private AuditLog log;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/app").table("sys_schema_history").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        log = new AuditLog(jdbc, new DataSourceTransactionManager(dataSource), clock, 180);
    }

    private long append(String actor, String action) {
        return log.append(AuditEvent.of(actor, "AUTH-320100", action, "/api/plans", AuditOutcome.SUCCESS, "10.0.0.1", null));
    }

    @Test
    void anUntouchedChainVerifies() {
        for (int i = 0; i < 5; i++) {
            append("planner", "HTTP_POST");
        }
        AuditVerification result = log.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.lastSeq()).isEqualTo(5);
    }

    @Test
    void anEditedRowIsDetected() {
        long middle = tamperWithTheMiddleOfThree("UPDATE sys_audit SET actor = 'someone-else' WHERE seq = ?");
        AuditVerification result = log.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(middle);
        assertThat(result.problem()).isEqualTo("ROW_CHANGED");
    }

    @Test
    void anEditedTimeIsDetected() {
        long edited = append("planner", "HTTP_POST");
        jdbc.update("UPDATE sys_audit SET occurred_at = ? WHERE seq = ?", java.sql.Timestamp.from(clock.instant().minusSeconds(3600)), edited);
        assertThat(log.verify().problem()).isEqualTo("ROW_CHANGED");
    }

    @Test
    void aDeletedRowIsDetected() {
        long middle = tamperWithTheMiddleOfThree("DELETE FROM sys_audit WHERE seq = ?");
        AuditVerification result = log.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(middle);
        assertThat(result.problem()).isEqualTo("MISSING_ROW");
    }

    /** Appends three records, runs {@code sql} (one parameter: the sequence number) on the middle one, returns its number. */
    private long tamperWithTheMiddleOfThree(String sql) {
        append("planner", "HTTP_POST");
        long middle = append("planner", "HTTP_POST");
        append("planner", "HTTP_POST");
        jdbc.update(sql, middle);
        return middle;
    }

    @Test
    void deletingTheNewestRowIsDetected() {
        append("planner", "HTTP_POST");
        long last = append("planner", "HTTP_POST");
        jdbc.update("DELETE FROM sys_audit WHERE seq = ?", last);
        assertThat(log.verify().problem()).isEqualTo("HEAD_MISMATCH");
    }

    @Test
    void aRowRewrittenWithARecomputedHashStillBreaksTheNextLink() {
        append("planner", "HTTP_POST");
        long edited = append("planner", "HTTP_POST");
        append("planner", "HTTP_POST");
        AuditEntry row = jdbc.query("SELECT * FROM sys_audit WHERE seq = ?", (rs, i) -> new AuditEntry(rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(), "someone-else", rs.getString("actor_org"), rs.getString("action"),
                rs.getString("target"), rs.getString("outcome"), rs.getInt("http_status"), rs.getString("remote_addr"),
                rs.getString("detail"), rs.getString("prev_hash"), null), edited).get(0);
        jdbc.update("UPDATE sys_audit SET actor = ?, http_status = NULL, row_hash = ? WHERE seq = ?", "someone-else",
                AuditLog.hash(row.prevHash(), new AuditEntry(row.seq(), row.occurredAt(), row.actor(), row.actorOrg(), row.action(),
                        row.target(), row.outcome(), null, row.remoteAddr(), row.detail(), row.prevHash(), null)), edited);
        AuditVerification result = log.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(edited + 1);
        assertThat(result.problem()).isEqualTo("LINK_BROKEN");
    }

    @Test
    void retentionBelow180DaysIsRefused() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:unused");
        assertThatThrownBy(() -> new AuditLog(jdbc, new DataSourceTransactionManager(dataSource), clock, 179))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("180");
    }

    @Test
    void pruningRemovesOnlyRecordsOlderThan180DaysAndTheChainStillVerifies() {
        Instant start = clock.instant();
        append("old-1", "HTTP_POST");
        append("old-2", "HTTP_POST");
        clock.set(start.plus(Duration.ofDays(20)));
        append("newer", "HTTP_POST");
        clock.set(start.plus(Duration.ofDays(190))); // the first two are 190 days old, the third 170
        int deleted = log.prune("system:retention");
        assertThat(deleted).isEqualTo(2);
        List<String> actors = jdbc.queryForList("SELECT actor FROM sys_audit ORDER BY seq", String.class);
        assertThat(actors).containsExactly("newer", "system:retention");
        assertThat(log.verify().valid()).isTrue();
        append("after", "HTTP_POST");
        assertThat(log.verify().valid()).isTrue();
        // nothing younger than 180 days goes
        assertThat(log.prune("system:retention")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_audit WHERE actor = 'newer'", Integer.class)).isEqualTo(1);
    }

    @Test
    void movingTheAnchorToHideDeletedRowsIsDetected() {
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        append("old", "HTTP_POST");
        clock.set(Instant.parse("2026-08-01T00:00:00Z"));
        log.prune("system:retention");
        long victim = append("victim", "HTTP_POST");
        append("later", "HTTP_POST");
        // an attacker deletes the victim and moves the anchor past it
        String victimHash = jdbc.queryForObject("SELECT row_hash FROM sys_audit WHERE seq = ?", String.class, victim);
        jdbc.update("DELETE FROM sys_audit WHERE seq <= ?", victim);
        jdbc.update("UPDATE sys_audit_head SET anchor_seq = ?, anchor_hash = ? WHERE id = 1", victim, victimHash);
        assertThat(log.verify().problem()).isEqualTo("ANCHOR_MISMATCH");
    }

    @Test
    void controlCharactersCannotForgeALine() {
        long seq = log.append(AuditEvent.of("evil\r\n2026-01-01 LOGIN admin\u001b[31m", null, "LOGIN_FAILED", "/login",
                AuditOutcome.DENIED, "127.0.0.1", "line1\nline2"));
        String actor = jdbc.queryForObject("SELECT actor FROM sys_audit WHERE seq = ?", String.class, seq);
        assertThat(actor).doesNotContain("\r", "\n", "\u001b");
        assertThat(log.verify().valid()).isTrue();
    }

    @Test
    void filtersAndSortKeysAreWhitelisted() {
        append("planner", "HTTP_POST");
        append("auditor", "HTTP_GET");
        List<AuditEntry> byActor = log.find(new AuditQuery(null, null, "planner", null, null, "occurredAt", true, 10, 0));
        assertThat(byActor).extracting(AuditEntry::actor).containsOnly("planner");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, "seq;DROP TABLE sys_audit", true, 10, 0))
                .hasMessageContaining("sort");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, "(case when 1=1 then seq else actor end)", true, 10, 0))
                .hasMessageContaining("sort");
        // a LIKE wildcard is just a character: exact match
        assertThat(log.find(new AuditQuery(null, null, "%", null, null, null, true, 10, 0))).isEmpty();
    }

    @Test
    void exportedCellsCannotBecomeSpreadsheetFormulas() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "=cmd|' /C calc'!A0")) {
            assertThat(AuditCsv.cell(formula)).startsWith("\"'");
        }
        assertThat(AuditCsv.cell("planner")).isEqualTo("\"planner\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
