package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.LabView;
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
 * Registers the sample at its lab with a snapshot of the lab's register entry and of the test
 * items of the rule in force at sampling (ADR 0003: a delegate may read views to build the one command it sends).
 */
@Component("sendSampleToLabDelegate")
public class SendSampleToLabDelegate implements JavaDelegate {

    private final SamplingApi sampling;
    private final Registers registers;
    private final ImplementationRules rules;
    private final TestingApi testing;

    public SendSampleToLabDelegate(SamplingApi sampling, Registers registers, ImplementationRules rules, TestingApi testing) {
        this.sampling = sampling;
        this.registers = registers; this.rules = rules;
        this.testing = testing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SampleView sample = sampling.getSample(Actor.SYSTEM, ProcessVariables.SAMPLE_ID.in(execution));
        RuleView rule = rules.getRule(sample.ruleId());
        LabView lab = registers.labs().stream().filter(l -> l.code().equals(sample.labCode())).findFirst().orElse(null);
        LabSampleView registered = testing.registerSample(Actor.SYSTEM, new RegisterLabSampleCommand(sample.sampleCode(),
                sample.id(), sample.taskCode(), sample.labCode(), lab == null ? null : lab.name(),
                lab == null ? null : lab.address(), lab == null ? null : lab.accreditationNo(),
                sample.authorityCode(), sample.enterpriseCode(),
                sample.enterpriseName(), sample.productCode(), sample.productName(), rule.id(), rule.title(), rule.version(),
                sample.testSealNumber(), sample.samplers(),
                rule.items().stream().map(i -> new RegisterLabSampleCommand.ItemSpec(i.code(), i.nameZh(), i.method(),
                        i.limitType(), i.limitValue(), i.limitMin(), i.limitMax(), i.limitText(), i.unit(), i.decimals(),
                        i.display(), i.itemClass(), i.detectionLimit(), i.ndRequired(), i.valueZh(), i.unitZh(), i.nameEn(),
                        i.methodEn(), i.displayEn(), i.unitEn())).toList(), false));
        ProcessVariables.LAB_SAMPLE_ID.set(execution, registered.id());
    }
}
