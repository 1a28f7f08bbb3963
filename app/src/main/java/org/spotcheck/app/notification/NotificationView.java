package org.spotcheck.app.notification;

import java.time.Instant;

/** An in-app notification: a reminder before a task's due date. */
public record NotificationView(long id, String recipient, String kind, String businessKey, String taskId, String message,
        Instant dueAt, Instant createdAt) {
}
