package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.List;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.app.workflow.engine.CommandListener;
import org.springframework.stereotype.Component;

/**
 * When a user task completes, the 提醒 that asked for it are handled (issue 17 walk: the officer's "企业对 … 提出异议并
 * 申请复检，请审查" stayed after the objection was decided): the task's own reminders, and the notices on its case
 * addressed to the groups that could do it or to who did it. In the completing command, so they go with it.
 */
@Component
class HandledNotifications implements CommandListener {

    private final NotificationService notifications;

    HandledNotifications(RuntimeService runtime, NotificationService notifications) {
        this.notifications = notifications;
        runtime.addEventListener(this, FlowableEngineEventType.TASK_COMPLETED);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEngineEntityEvent e) || !(e.getEntity() instanceof TaskEntity task)) {
            return;
        }
        List<String> recipients = new ArrayList<>();
        for (IdentityLinkInfo link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                recipients.add(link.getGroupId());
            }
        }
        if (task.getAssignee() != null) {
            recipients.add(task.getAssignee());
        }
        String businessKey = null;
        if (task.getProcessInstanceId() != null) {
            ExecutionEntity instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
            businessKey = instance == null ? null : instance.getBusinessKey();
        }
        notifications.handled(task.getId(), businessKey, recipients);
    }
}
