package org.spotcheck.app.workflow;

import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.event.QualityWarningRaised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A quality warning gives the planners of its authority a task to start a special plan (专项计划).
 * It listens synchronously, so the warning and its task commit or roll back together.
 */
@Component
class QualityWarningListener {

    private final RuntimeService runtime;

    QualityWarningListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(QualityWarningRaised event) {
        runtime.startProcessInstanceByKey(ResultHandlingProcess.QUALITY_WARNING, "YJ-" + event.warningId(), Map.of(
                ProcessVariables.WARNING_ID.name(), event.warningId(),
                ProcessVariables.AUTHORITY_CODE.name(), event.authorityCode()));
    }
}
