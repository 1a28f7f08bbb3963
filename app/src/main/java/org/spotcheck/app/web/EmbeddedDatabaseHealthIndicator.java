package org.spotcheck.app.web;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 file database (issue 13.7): a full disk makes H2 close it, and the pool opens it again once it can
 * be written. While it cannot, health says DOWN, and says why in the status's description, which is shown even though
 * details are not (e.g. {@code "No space left on device"}), so an operator sees the disk is the cause. On a server
 * database or an in-memory H2 it says UP: the standard {@code db} indicator covers those.
 */
@Component("embeddedDatabase")
class EmbeddedDatabaseHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private final boolean embeddedFile;

    EmbeddedDatabaseHealthIndicator(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.embeddedFile = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    @Override
    public Health health() {
        if (!embeddedFile) {
            return Health.up().build();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // not just a read: a closed H2 reopens and reads while its disk is full; CHECKPOINT writes to disk
            statement.execute("CHECKPOINT");
            return Health.up().build();
        } catch (Exception e) {
            return Health.status(new Status(Status.DOWN.getCode(), "embedded H2 database unavailable (" + DatabaseUnavailableFilter.rootMessage(e)
                    + "); it reopens by itself once its disk has space again, else restart the application")).build();
        }
    }
}
