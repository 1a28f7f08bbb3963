package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.text.StoredTexts;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.StoredMessage;
import org.springframework.stereotype.Component;

/** Writes the lab's receipt (accepted or rejected) into the sample's custody log: one timeline per sample. */
@Component("recordReceiptDelegate")
public class RecordReceiptDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final StoredTexts texts;

    public RecordReceiptDelegate(SamplingApi sampling, StoredTexts texts) {
        this.sampling = sampling;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String note = ProcessVariables.RECEIPT_NOTE.in(execution);
        // the receipt step writes 入库 or 拒收 where the lab wrote nothing: that note keeps its key for the reader's language
        String key = java.util.stream.Stream.of("stored.receipt.accepted", "stored.receipt.rejected")
                .filter(k -> texts.zh(k).equals(note)).findFirst().orElse(null);
        sampling.recordReceipt(CurrentActor.get(), ProcessVariables.SAMPLE_ID.in(execution),
                Boolean.TRUE.equals(ProcessVariables.SAMPLE_ACCEPTED.in(execution)), note,
                key == null ? null : StoredMessage.of(key));
    }
}
