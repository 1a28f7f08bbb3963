package org.spotcheck.app.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The operations settings, by area; each default is written here once. */
public final class OperationsSettings {

    private OperationsSettings() {
    }

    /**
     * {@code spotcheck.monitoring}: the operator's HTTP Basic account for metrics and the gauges' cache.
     *
     * @param username the operator's user name
     * @param password the operator's bcrypt-encoded password; blank: the operator endpoints are closed
     * @param gaugeTtl how long the business gauges keep one reading
     */
    @ConfigurationProperties("spotcheck.monitoring")
    public record Monitoring(@DefaultValue("prometheus") String username, String password,
            @DefaultValue("PT30S") Duration gaugeTtl) {

        public Monitoring {
            password = password == null ? "" : password;
        }
    }

    /**
     * {@code spotcheck.logging}.
     *
     * @param caseOfTask whether the log lines of a request about a task name the case the task belongs to
     */
    @ConfigurationProperties("spotcheck.logging")
    public record Logging(@DefaultValue("true") boolean caseOfTask) {
    }
}
