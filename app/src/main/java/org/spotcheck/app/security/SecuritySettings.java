package org.spotcheck.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code spotcheck.security}.
 *
 * @param bcryptCost            the bcrypt cost of stored passwords, 12 at least (ASVS 4.0.3 2.4.4)
 * @param verifiedPasswordCache how long a verified password is not checked again by bcrypt
 */
@ConfigurationProperties("spotcheck.security")
public record SecuritySettings(@DefaultValue("12") int bcryptCost, @DefaultValue("PT5M") Duration verifiedPasswordCache) {
}
