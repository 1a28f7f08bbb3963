package org.spotcheck.app.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code spotcheck.mail}: reminders and served notices are e-mailed through the SMTP server of
 * {@code spring.mail.*} when enabled ({@code SPOTCHECK_MAIL_ENABLED}, {@code SPOTCHECK_MAIL_FROM}).
 *
 * @param enabled     whether the dispatcher sends the queued mails
 * @param from        the sender address
 * @param poll        how often the dispatcher looks at the outbox
 * @param maxAttempts how often a mail is tried before it is given up (and counted as failed)
 */
@ConfigurationProperties("spotcheck.mail")
public record MailSettings(@DefaultValue("false") boolean enabled, @DefaultValue("spotcheck@localhost") String from,
        @DefaultValue("PT15S") Duration poll, @DefaultValue("5") int maxAttempts) {
}
