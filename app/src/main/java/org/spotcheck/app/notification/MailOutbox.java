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
        return queue(recipient, content, businessKey, dedupKey, null);
    }

    /**
     * Queues one e-mail as {@link #queue(String, Function, String, String)}, keeping with each row the subject's message
     * (its bundle key and arguments) and the language it was written in, so that the case page shows the subject in its
     * reader's language (issue 17: an English page showed only "e-mail written in Chinese"); null keeps the text only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int queue(String recipient, Function<Locale, Mail> content, String businessKey, String dedupKey, Subject subject) {
        int colon = recipient.indexOf(':');
        List<MailMapper.Addressee> to = colon < 0 ? mails.addressees(recipient, null, null)
                : mails.addressees(null, recipient.substring(0, colon), recipient.substring(colon + 1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<Locale, Mail> written = new HashMap<>();
        int queued = 0;
        for (MailMapper.Addressee a : to) {
            Mail mail = written.computeIfAbsent(a.locale(), content);
            // a message too long for its columns keeps only the text, as rows from before V5_190 do
            boolean keyed = subject != null && subject.key().length() <= 100 && subject.args().length() <= 4000;
            queued += mails.insertOnce(a.username(), a.email(), clip(mail.subject(), 300), clip(mail.body(), 4000), businessKey,
                    dedupKey, now, keyed ? subject.key() : null, keyed ? subject.args() : null, keyed ? a.locale().getLanguage() : null);
        }
        return queued;
    }

    /** An e-mail's subject and body in one language. */
    public record Mail(String subject, String body) {
    }

    /**
     * The message an e-mail's subject says: its bundle key and its arguments as stored (JSON, as notifications keep
     * theirs since V5_160).
     */
    public record Subject(String key, String args) {
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
