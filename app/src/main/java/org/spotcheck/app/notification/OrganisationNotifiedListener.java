package org.spotcheck.app.notification;

import java.util.UUID;
import org.spotcheck.disposal.api.event.OrganisationNotified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Result handling's messages to the parties of a case: an in-app notification for the
 * organisation's accounts of the role, or an e-mail of a formal document (issue 6 point 1). It
 * listens synchronously, so the message commits or rolls back with the command.
 */
@Component
class OrganisationNotifiedListener {

    private final NotificationService notifications;

    OrganisationNotifiedListener(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(OrganisationNotified event) {
        String recipient = event.role().groupFor(event.orgCode());
        // each event is one message: a fresh key, so the same wording on a later day is told again
        String dedup = "case:" + event.caseCode() + ":" + UUID.randomUUID();
        if (event.email()) {
            notifications.email(recipient, event.message(), event.caseCode(), dedup);
        } else {
            notifications.notifyInApp(recipient, "CASE", event.caseCode(), null, event.message(), null, dedup);
        }
    }
}
