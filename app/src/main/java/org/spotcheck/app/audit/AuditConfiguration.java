package org.spotcheck.app.audit;

import java.time.Clock;
import java.time.Duration;
import org.spotcheck.app.cluster.JobLeases;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/** The audit log, the request audit filter (outside Spring Security, so refusals are seen) and retention. */
@Configuration
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            AuditSettings settings) {
        return new AuditLog(jdbc, transactions, Clock.systemUTC(), settings.retentionDays());
    }

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilterRegistration(AuditLog auditLog) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(new AuditFilter(auditLog));
        // just outside Spring Security's filter chain: sees its 401/403 and CSRF refusals
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    AuditRetention auditRetention(AuditLog auditLog, JobLeases leases) {
        return new AuditRetention(auditLog, leases);
    }

    /** Daily pruning of records older than the retention period (never younger than 180 days). */
    static class AuditRetention {
        private final AuditLog auditLog;
        private final JobLeases leases;

        AuditRetention(AuditLog auditLog, JobLeases leases) {
            this.auditLog = auditLog;
            this.leases = leases;
        }

        @Scheduled(cron = "${spotcheck.audit.prune-cron:0 30 3 * * *}", zone = "UTC")
        void prune() {
            // once a day across all nodes (issue 15): the lease is held for 12 hours
            if (leases.tryAcquire("audit-retention", Duration.ofHours(12))) {
                auditLog.prune("system:retention");
            }
        }
    }
}
