package org.spotcheck.app.notification.web;

import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The bell in the navigation bar: an htmx fragment with the unread count, empty when none. */
@Controller
class NotificationBadgeController {

    private final NotificationService notifications;

    NotificationBadgeController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications/badge")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<String> badge(Actor actor) {
        long unread = notifications.unread(actor);
        String html = unread == 0 ? ""
                : "<span class=\"badge rounded-pill text-bg-danger ms-1\" id=\"bell-unread\">" + (unread > 99 ? "99+" : unread) + "</span>";
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }
}
