package org.spotcheck.app.workflow.delegate;

import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.RegisterLabSampleCommand;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/**
 * Registers the backup portion at the re-test lab with only the disputed items (R8: only the items
 * linked to the objection are re-tested, with the implementation rule's methods). The lab checks
 * the backup seal at receipt.
 */
@Component("sendBackupToRetestLabDelegate")
public class SendBackupToRetestLabDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final Registers registers;
    private final ImplementationRules rules;
    private final ResultHandling resultHandling;
    private final TestingApi testing;

    public SendBackupToRetestLabDelegate(SamplingApi sampling, Registers registers, ImplementationRules rules, ResultHandling resultHandling, TestingApi testing) {
        this.sampling = sampling;
        this.registers = registers; this.rules = rules;
        this.resultHandling = resultHandling;
        this.testing = testing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SampleView sample = sampling.getSample(Actor.SYSTEM, ProcessVariables.ORIGINAL_SAMPLE_ID.in(execution));
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        Set<String> disputed = c.items().stream().filter(CaseView.Item::disputed).map(CaseView.Item::code).collect(Collectors.toSet());
        RuleView rule = rules.getRule(sample.ruleId());
        String labCode = ProcessVariables.LAB_CODE.in(execution);
        org.spotcheck.planning.api.LabView lab = registers.labs().stream().filter(l -> l.code().equals(labCode)).findFirst().orElse(null);
        LabSampleView registered = testing.registerSample(Actor.SYSTEM, new RegisterLabSampleCommand(sample.sampleCode(),
                sample.id(), sample.taskCode(), labCode, lab == null ? null : lab.name(), lab == null ? null : lab.address(),
                lab == null ? null : lab.accreditationNo(), sample.authorityCode(),
                sample.enterpriseCode(), sample.enterpriseName(), sample.productCode(), sample.productName(), rule.id(),
                rule.title(), rule.version(), sample.backupSealNumber(), sample.samplers(),
                rule.items().stream().filter(i -> disputed.contains(i.code()))
                        .map(i -> new RegisterLabSampleCommand.ItemSpec(i.code(), i.nameZh(), i.method(), i.limitType(),
                                i.limitValue(), i.limitMin(), i.limitMax(), i.limitText(), i.unit(), i.decimals(), i.display(),
                                i.itemClass(), i.detectionLimit(), i.ndRequired(), i.valueZh(), i.unitZh(), i.nameEn(),
                        i.methodEn(), i.displayEn(), i.unitEn()))
                        .toList(), true));
        ProcessVariables.LAB_SAMPLE_ID.set(execution, registered.id());
    }
}
