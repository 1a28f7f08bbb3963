package org.spotcheck.app.notification.web;

import java.util.List;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.app.notification.NotificationView;
import org.spotcheck.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app notifications (reminders before due dates). */
@RestController
@PreAuthorize("isAuthenticated()") // every endpoint: each his own
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Each message in the caller's language: Chinese unless {@code ?lang=en}, the language cookie or Accept-Language asks for English. */
    @GetMapping("/api/notifications")
    List<NotificationView> list(Actor actor, jakarta.servlet.http.HttpServletRequest request) {
        return notifications.forActor(actor, org.spotcheck.app.web.ProblemLocale.of(request));
    }

    /** The bell: how many notifications arrived since the caller last saw them. */
    @GetMapping("/api/notifications/unread-count")
    UnreadCount unread(Actor actor) {
        return new UnreadCount(notifications.unread(actor));
    }


    /** Marks all of the caller's notifications as seen. */
    @PostMapping("/api/notifications/seen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void seen(Actor actor) {
        notifications.markSeen(actor);
    }
}
