package org.spotcheck.app.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spotcheck.app.SpotcheckSettings;
import org.spotcheck.shared.Actor;
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

    NotificationService(NotificationMapper notifications, MailOutbox mail,
            SpotcheckSettings settings, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = settings.publicBaseUrl();
    }

    /**
     * Records a reminder once and e-mails it to every account the recipient covers (issue 8: reminders
     * are in-app notifications and e-mail); a second call with the same dedup key and recipient does
     * nothing.
     */
    @Transactional
    public boolean notifyOnce(String recipient, String kind, String businessKey, String taskId, String message, Instant dueAt,
            String dedupKey) {
        boolean recorded = notifyInApp(recipient, kind, businessKey, taskId, message, dueAt, dedupKey);
        if (recorded) {
            mail.queue(recipient, "【产品质量监督抽查】" + message, message + "\n\n" + link(businessKey, taskId), businessKey, dedupKey);
        }
        return recorded;
    }

    /** Records an in-app notification once, without e-mail. */
    @Transactional
    public boolean notifyInApp(String recipient, String kind, String businessKey, String taskId, String message, Instant dueAt,
            String dedupKey) {
        return notifications.insertOnce(recipient, kind, businessKey, taskId, message, dueAt, dedupKey,
                Instant.now().truncatedTo(ChronoUnit.MILLIS)) == 1;
    }

    /** E-mails a formal document's notice to every account the recipient covers, once per dedup key. */
    @Transactional
    public int email(String recipient, String subject, String businessKey, String dedupKey) {
        return mail.queue(recipient, "【产品质量监督抽查】" + subject,
                subject + "\n\n" + text("notification.signInToAcknowledge") + "：\n" + link(businessKey, null),
                businessKey, dedupKey);
    }

    /**
     * A notification's text from the bundle, in Chinese: notifications and e-mails are stored as written, once
     * for every reader, and the system's language is Chinese.
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

    /** The newest notifications for the caller and his candidate groups that are not handled yet. */
    @Transactional(readOnly = true)
    public List<NotificationView> forActor(Actor actor) {
        return notifications.forRecipients(recipients(actor), SHOWN);
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
