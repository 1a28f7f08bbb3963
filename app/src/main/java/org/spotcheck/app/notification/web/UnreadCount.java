package org.spotcheck.app.notification.web;

/**
 * The bell's number ({@code GET /api/notifications/unread-count}; a named schema in the API document, issue 18).
 *
 * @param unread notifications that arrived since the caller last marked them seen
 */
public record UnreadCount(long unread) {
}
