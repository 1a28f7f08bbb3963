package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** The confirmation deadline has come: the reminder is logged on the sample's timeline. */
@Component("remindConfirmationDelegate")
public class RemindConfirmationDelegate implements JavaDelegate {

    private final SamplingApi sampling;

    public RemindConfirmationDelegate(SamplingApi sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sampling.recordCustody(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.SAMPLE_ID)).longValue(),
                "CONFIRMATION_REMINDER", null, "提醒企业确认抽样单 / the enterprise was reminded to confirm the sampling form");
    }
}
