package org.spotcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Issue 13.7, the case {@code EmbeddedDiskFullFaultTest} does not reach: the embedded H2 file database cannot be
 * reopened at all (here its store file is damaged, as a disk that filled mid-write can leave it). Health then says
 * DOWN and names the reason, which tells the operator to restart or restore (README, "When the embedded database's
 * disk is full"). A real H2 on a real file; nothing is simulated but the damage.
 */
class EmbeddedDatabaseHealthIndicatorTest {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedDatabaseThatCannotBeReopenedIsDownWithTheReason() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("spotcheck") + ";MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        EmbeddedDatabaseHealthIndicator indicator = new EmbeddedDatabaseHealthIndicator(h2, url);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        // the database closes, and its store is damaged: H2 cannot open it again
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        Path store = dir.resolve("spotcheck.mv.db");
        assertThat(store).exists();
        Files.write(store, "not an H2 store: damaged".repeat(400).getBytes(StandardCharsets.US_ASCII));

        Health health = indicator.health();
        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.getStatus().getDescription()).contains("embedded H2 database unavailable")
                .contains("restart the application").containsPattern("\\((\\w+Exception): .+\\)");
    }
}
