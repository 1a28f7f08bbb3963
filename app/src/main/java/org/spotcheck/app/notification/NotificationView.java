package org.spotcheck.app.notification;

import java.time.Instant;

/**
 * An in-app notification (a reminder, a case notice, a copy), its message in the reader's language.
 */
public record NotificationView(long id, String recipient, String kind, String businessKey, String taskId, String message,
        Instant dueAt, Instant createdAt) {
}
