package org.spotcheck.app.workflow;

import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.testing.api.event.ReportCorrectionRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the correction process (report-correction.bpmn20.xml) when the authorised signatory asks
 * for a corrected version of an issued report. Synchronous: the request and the new process
 * instance commit or roll back together. Business key: the case number, so the tasks show with it.
 */
@Component
class ReportCorrectionListener {

    private final RuntimeService runtime;

    ReportCorrectionListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ReportCorrectionRequested event) {
        runtime.startProcessInstanceByKey(SpotCheckProcess.REPORT_CORRECTION, event.caseCode(), Map.of(
                ProcessVariables.CASE_CODE.name(), event.caseCode(),
                ProcessVariables.LAB_CODE.name(), event.labCode(),
                ProcessVariables.LAB_SAMPLE_ID.name(), event.labSampleId(),
                ProcessVariables.PREVIOUS_REPORT_ID.name(), event.reportId()));
    }
}
