package org.spotcheck.app.workflow.delegate;

import org.spotcheck.app.workflow.text.StoredTexts;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.StoredMessage;
import org.springframework.stereotype.Component;

/** The sealed backup portion moves under custody to the re-test lab (R8): one entry in the sample's custody log. */
@Component("transferBackupDelegate")
public class TransferBackupDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final StoredTexts texts;

    public TransferBackupDelegate(SamplingApi sampling, StoredTexts texts) {
        this.sampling = sampling;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long sampleId = ProcessVariables.ORIGINAL_SAMPLE_ID.in(execution);
        SampleView sample = sampling.getSample(Actor.SYSTEM, sampleId);
        String lab = ProcessVariables.LAB_CODE.in(execution);
        StoredMessage.Arg keptAt = "LAB".equals(sample.backupLocation()) ? texts.both("stored.backup.keptAtLab", sample.labCode())
                : texts.both("stored.backup.keptAtEnterprise");
        // stored in Chinese with its key and arguments, read in each reader's language (issue 17, brief texts17)
        StoredMessage note = StoredMessage.of("stored.backup.handedOver", sample.backupSealNumber(), keptAt, StoredMessage.Arg.org(lab, null));
        sampling.recordCustody(Actor.SYSTEM, sampleId, "HANDED_OVER", "BACKUP", texts.zh(note.key(), note.zhArgs()), note);
    }
}
