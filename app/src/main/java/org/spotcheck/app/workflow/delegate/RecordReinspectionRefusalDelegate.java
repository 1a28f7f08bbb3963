package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A refused re-inspection sampling fails the round (what follows is decided as for a failed
 * re-inspection: escalation, suspension or revocation) and sets {@code reinspectionOutcome}.
 */
@Component("recordReinspectionRefusalDelegate")
public class RecordReinspectionRefusalDelegate implements JavaDelegate {

    private final Reinspections reinspections;
    private final SamplingApi sampling;

    public RecordReinspectionRefusalDelegate(Reinspections reinspections, SamplingApi sampling) {
        this.reinspections = reinspections;
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM,
                (String) execution.getVariable(ResultHandlingProcess.REINSPECTION_TASK_CODE));
        ReinspectionView round = reinspections.recordReinspectionRefusal(Actor.SYSTEM,
                ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue(),
                "拒检人：" + refusal.refusedByName() + "；" + (refusal.note() == null ? "" : refusal.note()));
        execution.setVariable(ResultHandlingProcess.REINSPECTION_OUTCOME, round.outcome());
    }
}
