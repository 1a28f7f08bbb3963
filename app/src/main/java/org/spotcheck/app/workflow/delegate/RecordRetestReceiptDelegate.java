package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The re-test lab's receipt of the backup portion, written to the sample's custody log. The re-test
 * lab does not see the original sample, so the entry is written as the system and names the tester.
 */
@Component("recordRetestReceiptDelegate")
public class RecordRetestReceiptDelegate implements JavaDelegate {

    private final SamplingApi sampling;

    public RecordRetestReceiptDelegate(SamplingApi sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean accepted = Boolean.TRUE.equals(ProcessVariables.SAMPLE_ACCEPTED.in(execution));
        Actor tester = CurrentActor.get();
        sampling.recordCustody(Actor.SYSTEM, ProcessVariables.SAMPLE_ID.in(execution),
                accepted ? "RETEST_RECEIVED" : "RETEST_REJECTED", "BACKUP",
                tester.orgCode() + " " + tester.username() + "：" + ProcessVariables.RECEIPT_NOTE.in(execution));
    }
}
