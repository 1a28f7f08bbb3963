package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** The sealed backup portion moves under custody to the re-test lab (R8): one entry in the sample's custody log. */
@Component("transferBackupDelegate")
public class TransferBackupDelegate implements JavaDelegate {

    private final SamplingApi sampling;

    public TransferBackupDelegate(SamplingApi sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long sampleId = ProcessVariables.ORIGINAL_SAMPLE_ID.in(execution);
        SampleView sample = sampling.getSample(Actor.SYSTEM, sampleId);
        String lab = ProcessVariables.LAB_CODE.in(execution);
        sampling.recordCustody(Actor.SYSTEM, sampleId, "HANDED_OVER", "BACKUP",
                "备用样品（封条 " + sample.backupSealNumber() + "，" + ("LAB".equals(sample.backupLocation()) ? "原存承检机构 " + sample.labCode()
                        : "原封存于企业") + "）移交复检机构 " + lab
                        // the English half carries no code or number, so pages show one language (PageNames.text)
                        + " / the sealed backup portion was handed over to the re-test lab");
    }
}
