package org.spotcheck.app.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.app.cluster.JobLeases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the committed e-mails of the outbox through the SMTP server of {@code spring.mail.*}
 * (configurable; none by default, then mails stay queued and visible on the case). Each attempt is
 * claimed on the row first and the claim holds the row for {@link #CLAIM}, so two nodes never send the
 * same e-mail (TwoNodesTest); a failure is recorded on the row, releases it and is retried up to
 * {@code spotcheck.mail.max-attempts} times. Delivery is at least once: a crash
 * between the SMTP server's acceptance and the row's update sends that e-mail again.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    /** How long a claimed e-mail is held by its node; after that (the node died mid-send) another node sends it. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    /** MailSettings.poll, whose default is written there once: the settings bean by its scanned name. */
    private static final String POLL = "#{@'spotcheck.mail-org.spotcheck.app.notification.MailSettings'.poll()}";

    private final MailMapper mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final boolean enabled;
    private final String from;
    private final int maxAttempts;
    private final JobLeases leases;
    private final Duration poll;

    MailDispatcher(MailMapper mails, ObjectProvider<JavaMailSender> sender, JobLeases leases, MailSettings settings) {
        this.mails = mails;
        this.sender = sender;
        this.enabled = settings.enabled();
        this.from = settings.from();
        this.maxAttempts = settings.maxAttempts();
        this.leases = leases;
        this.poll = settings.poll();
    }

    @Scheduled(fixedDelayString = POLL, initialDelayString = POLL)
    void scheduled() {
        // one node per period sends (issue 15); the claim on each row keeps it once-only even if two overlap
        if (enabled && leases.tryAcquire("mail-dispatcher", poll)) {
            sendPending();
        }
    }

    /** Sends up to 100 queued e-mails; returns how many went out. */
    public synchronized int sendPending() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        int sent = 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (MailMapper.OutboxMail mail : mails.pending(maxAttempts, 100, now)) {
            // the claim holds the row while it is sent, so another node's dispatcher skips it (issue 15)
            if (mails.claim(mail.id(), mail.attempts(), now, now.plus(CLAIM)) == 0) {
                continue; // another node's dispatcher has this one
            }
            try {
                MimeMessage message = smtp.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(mail.address());
                helper.setSubject(mail.subject());
                helper.setText(mail.body(), false);
                smtp.send(message);
                sent += mails.markSent(mail.id(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
            } catch (Exception e) {
                log.warn("e-mail {} to {} failed: {}", mail.id(), mail.address(), e.getMessage());
                String error = String.valueOf(e.getMessage());
                mails.markFailed(mail.id(), error.length() > 500 ? error.substring(0, 500) : error);
            }
        }
        return sent;
    }
}
