package org.spotcheck.app.workflow.delegate;

import org.spotcheck.app.workflow.text.StoredTexts;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
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

    private final StoredTexts texts;

    public RecordReinspectionRefusalDelegate(Reinspections reinspections, SamplingApi sampling, StoredTexts texts) {
        this.reinspections = reinspections;
        this.sampling = sampling;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NonSamplingView refusal = sampling.nonSamplingOfTask(Actor.SYSTEM,
                ProcessVariables.REINSPECTION_TASK_CODE.in(execution));
        ReinspectionView round = reinspections.recordReinspectionRefusal(Actor.SYSTEM,
                ProcessVariables.DISPOSAL_CASE_ID.in(execution),
                // both languages kept with the log line (brief codes17), the person's name and words as written
                org.spotcheck.shared.StoredMessage.Arg.zhEn(
                        texts.zh("stored.reinspection.refusedBy", refusal.refusedByName(), refusal.note() == null ? "" : refusal.note()),
                        texts.en("stored.reinspection.refusedBy", refusal.refusedByName(), refusal.note() == null ? "" : refusal.note())));
        ProcessVariables.REINSPECTION_OUTCOME.set(execution, round.outcome());
    }
}
