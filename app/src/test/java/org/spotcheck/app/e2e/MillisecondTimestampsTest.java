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
}
