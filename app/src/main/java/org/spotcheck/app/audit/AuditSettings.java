package org.spotcheck.app.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code spotcheck.audit}.
 *
 * @param retentionDays how long audit rows are kept
 */
@ConfigurationProperties("spotcheck.audit")
public record AuditSettings(@DefaultValue("180") int retentionDays) {
}
