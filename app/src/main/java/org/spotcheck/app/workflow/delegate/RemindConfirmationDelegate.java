package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The confirmation deadline has come: the enterprise gets an in-app reminder, and the reminder is
 * logged on the sample's timeline.
 */
@Component("remindConfirmationDelegate")
public class RemindConfirmationDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final NotificationService notifications;

    public RemindConfirmationDelegate(SamplingApi sampling, NotificationService notifications) {
        this.sampling = sampling;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long sampleId = ProcessVariables.SAMPLE_ID.in(execution);
        String caseCode = ProcessVariables.CASE_CODE.in(execution);
        String enterprise = ProcessVariables.ENTERPRISE_CODE.in(execution);
        sampling.recordCustody(Actor.SYSTEM, sampleId, "CONFIRMATION_REMINDER", null,
                notifications.text("stored.confirmation.reminded"), org.spotcheck.shared.StoredMessage.of("stored.confirmation.reminded"));
        notifications.notifyOnce(Role.ENTERPRISE.groupFor(enterprise), "CONFIRM_SAMPLING", caseCode, null,
                org.spotcheck.shared.StoredMessage.of("stored.confirmation.pleaseConfirm", caseCode), null,
                "confirm-sampling:" + sampleId);
    }
}
