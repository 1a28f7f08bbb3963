package org.spotcheck.app.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spotcheck.app.SpotcheckSettings;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.StoredMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minimal in-app notifications: reminders addressed to a user or to a candidate group
 * ({@code ROLE:ORG}), shown to everyone the address covers. Idempotent per dedup key and recipient.
 */
@Service
public class NotificationService {

    private static final int SHOWN = 50;

    private final NotificationMapper notifications;
    private final MailOutbox mail;
    private final String baseUrl;
    private final MessageSource messages;
    private final NotificationTexts texts;

    NotificationService(NotificationMapper notifications, MailOutbox mail,
            SpotcheckSettings settings, MessageSource messages, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = settings.publicBaseUrl();
    }

    /**
     * Records a reminder once and e-mails it to every account the recipient covers (issue 8: reminders
     * are in-app notifications and e-mail), each e-mail in its recipient's language; a second call with the same dedup
     * key and recipient does nothing.
     */
    @Transactional
    public boolean notifyOnce(String recipient, String kind, String businessKey, String taskId, StoredMessage message,
            Instant dueAt, String dedupKey) {
        boolean recorded = notifyInApp(recipient, kind, businessKey, taskId, message, dueAt, dedupKey);
        if (recorded) {
            NotificationTexts.Renderer renderer = texts.renderer();
            mail.queue(recipient, locale -> {
                String text = renderer.render(message, locale);
                return new MailOutbox.Mail(subject(text, locale), text + "\n\n" + link(businessKey, taskId));
            }, businessKey, dedupKey, new MailOutbox.Subject(message.key(), texts.json(message)));
        }
        return recorded;
    }

    /**
     * Records an in-app notification once, without e-mail: its Chinese text and its key and arguments, from which each
     * reader's page renders it in his language (issue 17).
     */
    @Transactional
    public boolean notifyInApp(String recipient, String kind, String businessKey, String taskId, StoredMessage message,
            Instant dueAt, String dedupKey) {
        String zh = clip(texts.render(message, Locale.SIMPLIFIED_CHINESE), 500);
        return notifications.insertOnce(recipient, kind, businessKey, taskId, zh, dueAt, dedupKey,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), message.key(), texts.json(message)) == 1;
    }

    /** E-mails a formal document's notice to every account the recipient covers, once per dedup key, in each one's language. */
    @Transactional
    public int email(String recipient, StoredMessage subject, String businessKey, String dedupKey) {
        NotificationTexts.Renderer renderer = texts.renderer();
        return mail.queue(recipient, locale -> {
            String text = renderer.render(subject, locale);
            return new MailOutbox.Mail(subject(text, locale), text + "\n\n"
                    + messages.getMessage("notification.signInToAcknowledge", null, locale) + colon(locale)
                    + link(businessKey, null));
        }, businessKey, dedupKey, new MailOutbox.Subject(subject.key(), texts.json(subject)));
    }

    /** An e-mail's subject: the system's name in brackets, then the message. */
    private String subject(String text, Locale locale) {
        return messages.getMessage("notification.mail.subject", new Object[] {text}, locale);
    }

    private static String colon(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ":\n" : "：\n";
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * A text from the bundle in Chinese, for what the process stores as written (a custody note on the sample's
     * timeline); notifications keep their key and arguments instead.
     */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private String link(String businessKey, String taskId) {
        if (taskId != null) {
            return baseUrl + "/tasks/" + taskId;
        }
        return businessKey == null ? baseUrl + "/tasks" : baseUrl + "/cases/" + businessKey;
    }

    /**
     * A user task was completed: its reminders, and the case notices addressed to whoever did it (its candidate
     * groups, its assignee) on its case, are handled and no longer shown (V5_120).
     */
    @Transactional
    public int handled(String taskId, String businessKey, List<String> recipients) {
        return notifications.markHandled(taskId, businessKey, recipients, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * The newest notifications for the caller and his candidate groups that are not handled yet, in the reader's
     * language (issue 17: a notification stored in Chinese stayed Chinese on an English page).
     */
    @Transactional(readOnly = true)
    public List<NotificationView> forActor(Actor actor, Locale locale) {
        NotificationTexts.Renderer renderer = texts.renderer();
        return notifications.forRecipients(recipients(actor), SHOWN).stream()
                .map(n -> new NotificationView(n.id(), n.recipient(), n.kind(), n.businessKey(), n.taskId(),
                        renderer.render(n.messageKey(), n.messageArgs(), n.message(), locale), n.dueAt(), n.createdAt()))
                .toList();
    }

    /** How many of the caller's notifications arrived after he last saw them (the bell). */
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return notifications.countAfter(recipients(actor), notifications.seenUpTo(actor.username()));
    }

    /**
     * Marks everything the caller can see as seen and returns the previous watermark, so that a page
     * can still mark what was new. The watermark only moves forward.
     */
    @Transactional
    public long markSeen(Actor actor) {
        long before = notifications.seenUpTo(actor.username());
        long upTo = notifications.maxId(recipients(actor));
        if (upTo > before && notifications.raiseSeen(actor.username(), upTo) == 0) {
            notifications.insertSeen(actor.username(), upTo);
        }
        return before;
    }

    private static List<String> recipients(Actor actor) {
        List<String> recipients = new ArrayList<>(actor.candidateGroups());
        recipients.add(actor.username());
        return recipients;
    }
}
