package org.spotcheck.app.workflow.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Flowable's clock as a {@link Clock}: modules that count statutory days (the disposal module's
 * objection window, re-inspection windows) read "now" from the same clock that makes timers due,
 * so moving the workflow clock (tests, or a replay) moves both.
 */
final class WorkflowClock extends Clock {

    private final ObjectProvider<ProcessEngineConfiguration> engine;
    private final ZoneId zone;

    WorkflowClock(ObjectProvider<ProcessEngineConfiguration> engine) {
        this(engine, ZoneOffset.UTC);
    }

    private WorkflowClock(ObjectProvider<ProcessEngineConfiguration> engine, ZoneId zone) {
        this.engine = engine;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        ProcessEngineConfiguration configuration = engine.getIfAvailable();
        return configuration == null || configuration.getClock() == null ? Instant.now()
                : configuration.getClock().getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new WorkflowClock(engine, zone);
    }
}
