package org.spotcheck.app.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.spotcheck.shared.Actor;
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

    NotificationService(NotificationMapper notifications) {
        this.notifications = notifications;
    }

    /** Records a notification once; a second call with the same dedup key and recipient does nothing. */
    @Transactional
    public boolean notifyOnce(String recipient, String kind, String businessKey, String taskId, String message, Instant dueAt,
            String dedupKey) {
        return notifications.insertOnce(recipient, kind, businessKey, taskId, message, dueAt, dedupKey,
                Instant.now().truncatedTo(ChronoUnit.MILLIS)) == 1;
    }

    /** The newest notifications for the caller and his candidate groups. */
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
