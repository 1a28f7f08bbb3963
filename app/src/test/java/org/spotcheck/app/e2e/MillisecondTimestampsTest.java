package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 point 6: two records written in the same second keep their milliseconds and so their
 * order, on H2 and on MariaDB (where Connector/J, taking MariaDB 10 for MySQL 5.5, dropped them),
 * through the application's one DataSource that every module's MyBatis and Flowable use.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MillisecondTimestampsTest {

    @Autowired
    JdbcTemplate jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void twoWritesInTheSameSecondReadBackInOrderWithTheirMilliseconds() {
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant first = second.plusMillis(457);
        Instant then = second.plusMillis(458);
        String about = "ms-" + System.nanoTime();
        // a table like the modules' own: a TIMESTAMP(3) column, as every module's timestamps are
        jdbc.execute("CREATE TABLE IF NOT EXISTS tst_ms_probe (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                + " action VARCHAR(64) NOT NULL, occurred_at TIMESTAMP(3) NULL)");
        jdbc.update("INSERT INTO tst_ms_probe (action, occurred_at) VALUES (?, ?)", about + "-b",
                Timestamp.from(then));
        jdbc.update("INSERT INTO tst_ms_probe (action, occurred_at) VALUES (?, ?)", about + "-a",
                first);
        jdbc.update("INSERT INTO tst_ms_probe (action, occurred_at) VALUES (?, ?)", about + "-c",
                LocalDateTime.ofInstant(then.plusMillis(1), ZoneOffset.UTC));
        try {
            List<String> ordered = jdbc.queryForList("SELECT action FROM tst_ms_probe WHERE action LIKE ? ORDER BY occurred_at",
                    String.class, about + "%");
            assertThat(ordered).containsExactly(about + "-a", about + "-b", about + "-c");
            List<Instant> stored = jdbc.queryForList("SELECT occurred_at FROM tst_ms_probe WHERE action LIKE ? ORDER BY occurred_at",
                    Timestamp.class, about + "%").stream().map(Timestamp::toInstant).toList();
            assertThat(stored).containsExactly(first, then, then.plusMillis(1));
        } finally {
            jdbc.execute("DROP TABLE tst_ms_probe");
        }
    }

    /**
     * The engine's own tables on MariaDB: Flowable strips the fractions from its MySQL DDL when the
     * server reports a version below 5.6, and Connector/J reports MariaDB 10.11 as 5.5. With the
     * server's true version the history and runtime times are datetime(3). (H2 reports its own version 2.x,
     * which Flowable also takes for an old MySQL: there the columns are widened after it, see the next test.)
     */
    @Test
    void theEngineCreatesItsTimesWithMillisecondsOnMariaDb() {
        String url = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getURL());
        org.junit.jupiter.api.Assumptions.assumeTrue(url.startsWith("jdbc:mysql:"), "MariaDB only (-Pmysql)");
        List<String> types = jdbc.queryForList("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE) FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME IN ('START_TIME_', 'END_TIME_', 'CREATE_TIME_')"
                + " AND TABLE_NAME IN ('ACT_HI_ACTINST', 'ACT_HI_TASKINST', 'ACT_RU_TASK') ORDER BY 1", String.class);
        assertThat(types).containsExactly("ACT_HI_ACTINST.END_TIME_ datetime(3)", "ACT_HI_ACTINST.START_TIME_ datetime(3)",
                "ACT_HI_TASKINST.END_TIME_ datetime(3)", "ACT_HI_TASKINST.START_TIME_ datetime(3)",
                "ACT_RU_TASK.CREATE_TIME_ timestamp(3)");
    }

    /**
     * Issue 12 point 6 on H2: Flowable runs its MySQL DDL there and, taking H2 2.x for a MySQL below 5.6, creates
     * whole-second times; {@code EngineMillisecondsOnH2} widens them to TIMESTAMP(3) once the engine has made them.
     * The modules and the audit log are {@code TIMESTAMP(3)}: every time a timeline shows keeps its milliseconds,
     * and the engine writes them (a real plan's approval steps). Fails without the widening (precision 0).
     */
    @Test
    void theEngineAndTheAuditKeepMillisecondsOnH2() {
        String url = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getURL());
        org.junit.jupiter.api.Assumptions.assumeTrue(url.startsWith("jdbc:h2:"), "H2 only");
        List<String> precisions = jdbc.queryForList("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', DATETIME_PRECISION)"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND ((TABLE_NAME IN ('ACT_HI_ACTINST', 'ACT_HI_TASKINST', 'ACT_HI_PROCINST') AND COLUMN_NAME IN ('START_TIME_', 'END_TIME_'))"
                + " OR (TABLE_NAME = 'ACT_RU_TASK' AND COLUMN_NAME = 'CREATE_TIME_')"
                + " OR (TABLE_NAME = 'ACT_HI_COMMENT' AND COLUMN_NAME = 'TIME_')"
                + " OR (TABLE_NAME IN ('SYS_AUDIT', 'PLN_PLAN_EVENT', 'SMP_CUSTODY_EVENT', 'TST_REPORT_EVENT') AND COLUMN_NAME = 'OCCURRED_AT'))"
                + " ORDER BY 1", String.class);
        assertThat(precisions).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(p -> assertThat(Integer.parseInt(p.substring(p.lastIndexOf(' ') + 1))).as(p).isGreaterThanOrEqualTo(3));

        // the engine writes the milliseconds: the steps of a plan's approval, written within a second or two
        Api api = new Api(port);
        String planCode = new SpotCheckFlow(api).submittedPlan("PLASTIC_BAG").get("code").asString();
        List<Timestamp> times = jdbc.queryForList("SELECT a.START_TIME_ FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p"
                + " ON a.PROC_INST_ID_ = p.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ?", Timestamp.class, planCode);
        assertThat(times).hasSizeGreaterThanOrEqualTo(3);
        // (all of them on a whole second would happen once in a billion runs)
        assertThat(times).anySatisfy(t -> assertThat(t.toInstant().getNano()).isNotZero());
    }
}
