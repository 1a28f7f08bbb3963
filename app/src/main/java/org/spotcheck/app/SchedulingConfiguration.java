package org.spotcheck.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the app's schedules (the mail dispatcher, the task-deadline sweep, audit retention).
 * The test profile switches them off ({@code spotcheck.scheduling.enabled=false}) and the tests call
 * the dispatcher and the sweep directly, so no test waits on a schedule or races one.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "spotcheck.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {
}
