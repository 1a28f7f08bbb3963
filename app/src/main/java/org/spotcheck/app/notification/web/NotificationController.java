package org.spotcheck.app.notification.web;

import java.util.List;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.app.notification.NotificationView;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app notifications (reminders before due dates). */
@RestController
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    @PreAuthorize("isAuthenticated()")
    List<NotificationView> list(Actor actor) {
        return notifications.forActor(actor);
    }
}
