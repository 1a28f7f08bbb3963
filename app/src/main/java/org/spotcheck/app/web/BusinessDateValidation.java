package org.spotcheck.app.web;

import java.time.Clock;
import java.time.ZoneId;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @FutureOrPresent} on a service date, a
 * production date, a complaint's receipt) is the date in China, not the JVM's UTC date: the JVM runs
 * in UTC (ADR 0002), so from 00:00 to 08:00 Beijing time a notice served today would otherwise be
 * refused as served "in the future".
 */
@Configuration(proxyBeanMethods = false)
class BusinessDateValidation {

    static final ZoneId BUSINESS_ZONE = BusinessCalendar.CHINA;

    @Bean
    ValidationConfigurationCustomizer businessZoneClock() {
        return configuration -> configuration.clockProvider(() -> Clock.system(BUSINESS_ZONE));
    }
}
