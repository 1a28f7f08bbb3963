package org.spotcheck.app.ops;

import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Readiness (issue 15.4, ADR 0016): {@code /actuator/health/readiness} says {@code OUT_OF_SERVICE} (HTTP 503) while no
 * database connection can be had within the pool's connection timeout, so a load balancer stops sending requests to
 * this node; {@code /actuator/health/liveness} does not include it and stays {@code UP}, because the application is not
 * broken and must not be restarted for it: it serves again by itself once the database is back (issue 13.5).
 */
@Component("databaseReadiness")
class DatabaseReadinessIndicator implements HealthIndicator {

    private final DataSource dataSource;

    DatabaseReadinessIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return Health.up().build();
            }
            return Health.status(new Status(Status.OUT_OF_SERVICE.getCode(), "database does not answer")).build();
        } catch (Exception e) {
            return Health.status(new Status(Status.OUT_OF_SERVICE.getCode(), "database unavailable")).build();
        }
    }
}
