package org.spotcheck.app.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
        return queue(recipient, locale -> new Mail(subject, body), businessKey, dedupKey);
    }

    /**
     * Queues one e-mail as {@link #queue(String, String, String, String, String)}, each written in its recipient's
     * language (the account's mail language, Chinese unless he chose English; issue 17).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int queue(String recipient, Function<Locale, Mail> content, String businessKey, String dedupKey) {
        int colon = recipient.indexOf(':');
        List<MailMapper.Addressee> to = colon < 0 ? mails.addressees(recipient, null, null)
                : mails.addressees(null, recipient.substring(0, colon), recipient.substring(colon + 1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<Locale, Mail> written = new HashMap<>();
        int queued = 0;
        for (MailMapper.Addressee a : to) {
            Mail mail = written.computeIfAbsent(a.locale(), content);
            queued += mails.insertOnce(a.username(), a.email(), clip(mail.subject(), 300), clip(mail.body(), 4000), businessKey,
                    dedupKey, now);
        }
        return queued;
    }

    /** An e-mail's subject and body in one language. */
    public record Mail(String subject, String body) {
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
