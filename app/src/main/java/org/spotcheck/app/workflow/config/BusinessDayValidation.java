package org.spotcheck.app.workflow.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent}/{@code @Future} on a date judge it against the business day in China on the
 * workflow clock, not against the JVM's UTC day: between 00:00 and 08:00 China time a notice served
 * "today" is otherwise refused as a future date, and statutory days would be counted from two calendars.
 */
@Configuration(proxyBeanMethods = false)
class BusinessDayValidation {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    ValidationConfigurationCustomizer businessDayClock(ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(() -> clock.getIfUnique(Clock::systemUTC).withZone(CHINA));
    }
}
