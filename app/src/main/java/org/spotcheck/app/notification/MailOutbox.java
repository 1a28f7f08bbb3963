package org.spotcheck.app.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in the caller's transaction (a transactional outbox): the mail of a step exists
 * exactly when the step committed. {@link MailDispatcher} sends what is queued.
 */
@Service
public class MailOutbox {

    private final MailMapper mails;

    MailOutbox(MailMapper mails) {
        this.mails = mails;
    }

    /**
     * Queues one e-mail to every enabled account with an address that the recipient covers: a
     * username, or a candidate group {@code ROLE:ORG} (every member of the role in the organisation).
     * Idempotent per dedup key and account. Returns how many were queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int queue(String recipient, String subject, String body, String businessKey, String dedupKey) {
        int colon = recipient.indexOf(':');
        List<MailMapper.Addressee> to = colon < 0 ? mails.addressees(recipient, null, null)
                : mails.addressees(null, recipient.substring(0, colon), recipient.substring(colon + 1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        int queued = 0;
        for (MailMapper.Addressee a : to) {
            queued += mails.insertOnce(a.username(), a.email(), clip(subject, 300), clip(body, 4000), businessKey, dedupKey, now);
        }
        return queued;
    }

    /** The e-mails queued for a case, oldest first. */
    @Transactional(readOnly = true)
    public List<MailMapper.OutboxMail> ofCase(String businessKey) {
        return mails.ofBusinessKey(businessKey);
    }

    private static String clip(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
