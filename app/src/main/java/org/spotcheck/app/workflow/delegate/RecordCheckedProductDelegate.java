package org.spotcheck.app.workflow.delegate;

import java.time.ZoneId;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.config.WorkflowSettings;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.CheckedProductCommand;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * After sampling, tells planning which product of which producer the authority checked, with the
 * key fields the sampling record holds (Order 18 art. 8: producer, standard, trademark,
 * specification). Planning's later draws read it for the 6-month duplicate rule (ADR 0008).
 * Reads the sample view, sends one command.
 */
@Component("recordCheckedProductDelegate")
public class RecordCheckedProductDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final SpotCheckTasks spotCheckTasks;
    private final ZoneId zone;

    public RecordCheckedProductDelegate(SamplingApi sampling, SpotCheckTasks spotCheckTasks, WorkflowSettings.Planning settings) {
        this.sampling = sampling;
        this.spotCheckTasks = spotCheckTasks;
        this.zone = settings.zone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        SampleView sample = sampling.getSample(Actor.SYSTEM, ProcessVariables.SAMPLE_ID.in(execution));
        // the sampling record has no product-standard field yet; the key is completed at sampling (issue 4)
        spotCheckTasks.recordCheckedProduct(Actor.SYSTEM, new CheckedProductCommand(sample.taskCode(), sample.authorityCode(),
                sample.enterpriseCode(), sample.productCode(), null, sample.trademark(), sample.specification(),
                sample.recordedAt().atZone(zone).toLocalDate()));
    }
}
