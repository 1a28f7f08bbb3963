package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.sampling.api.SamplingApi;
import org.springframework.stereotype.Component;

/** Writes the lab's receipt (accepted or rejected) into the sample's custody log: one timeline per sample. */
@Component("recordReceiptDelegate")
public class RecordReceiptDelegate implements JavaDelegate {

    private final SamplingApi sampling;

    public RecordReceiptDelegate(SamplingApi sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sampling.recordReceipt(CurrentActor.get(), ProcessVariables.SAMPLE_ID.in(execution),
                Boolean.TRUE.equals(ProcessVariables.SAMPLE_ACCEPTED.in(execution)),
                ProcessVariables.RECEIPT_NOTE.in(execution));
    }
}
