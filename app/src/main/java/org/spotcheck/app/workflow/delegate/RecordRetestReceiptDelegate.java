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
 * lab does not see the original sample, so the system writes the entry, in the tester's name.
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
        // the tester stands in the log as the one who received it (shown by name), his lab in the note; never his login
        String note = ProcessVariables.RECEIPT_NOTE.in(execution);
        sampling.recordCustodyFor(Actor.SYSTEM, tester.username(), ProcessVariables.SAMPLE_ID.in(execution),
                accepted ? "RETEST_RECEIVED" : "RETEST_REJECTED", "BACKUP",
                tester.orgCode() + (note == null || note.isBlank() ? "" : "：" + note));
    }
}
