package org.spotcheck.app.workflow.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The settings the workflow reads, by area; each default is written here once. */
public final class WorkflowSettings {

    private WorkflowSettings() {
    }

    /**
     * {@code spotcheck.planning} as the workflow reads it (the planning module reads its own keys).
     *
     * @param countersignShare the share of the countersigners who must agree, in (0, 1]; all by default
     * @param zone             the zone of the days the planning register records (a checked product's day)
     */
    @ConfigurationProperties("spotcheck.planning")
    public record Planning(@DefaultValue("1.0") double countersignShare, @DefaultValue("Asia/Shanghai") ZoneId zone) {
    }

    /**
     * {@code spotcheck.sampling} as the workflow reads it.
     *
     * @param confirmationReminder the enterprise is reminded to confirm the sampling form after this long (an ISO-8601
     *                             duration for the engine's timer: calendar time, every day and hour)
     */
    @ConfigurationProperties("spotcheck.sampling")
    public record Sampling(@DefaultValue("P3D") String confirmationReminder) {
    }

    /**
     * {@code spotcheck.field}: the offline sampling app's photos.
     *
     * @param photoMaxEdge  the longest edge the app scales a photo down to, in pixels
     * @param photoMaxBytes the size the app compresses a photo under
     */
    @ConfigurationProperties("spotcheck.field")
    public record Field(@DefaultValue("1600") int photoMaxEdge, @DefaultValue("500000") int photoMaxBytes) {
    }

    /**
     * {@code spotcheck.flowable}.
     *
     * @param databaseType the engine's database type where it cannot tell from the connection; blank: it tells
     */
    @ConfigurationProperties("spotcheck.flowable")
    public record Engine(String databaseType) {

        public Engine {
            databaseType = databaseType == null ? "" : databaseType;
        }
    }
}
