package org.spotcheck.app.workflow.delegate;

import java.util.Set;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.OpenCaseCommand;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/**
 * Opens the result-handling case with a snapshot of the issued report, its failed items with their
 * class, and what statistics and publication need: product, industry, region, enterprise size,
 * channel, trademark, specification and batch (ADR 0003: reads, then one command). The product is named
 * as in the catalogue, so that statistics and publication group by one name per product.
 */
@Component("openDisposalCaseDelegate")
public class OpenDisposalCaseDelegate implements JavaDelegate {

    private final TestingApi testing;
    private final SamplingApi sampling;
    private final Registers registers;
    private final ResultHandling resultHandling;

    public OpenDisposalCaseDelegate(TestingApi testing, SamplingApi sampling, Registers registers, ResultHandling resultHandling) {
        this.testing = testing;
        this.sampling = sampling;
        this.registers = registers;
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportView report = testing.getReport(Actor.SYSTEM, ProcessVariables.REPORT_ID.in(execution));
        LabSampleView labSample = testing.getLabSample(Actor.SYSTEM, report.labSampleId());
        SampleView sample = sampling.getSample(Actor.SYSTEM, ProcessVariables.SAMPLE_ID.in(execution));
        String enterpriseCode = ProcessVariables.ENTERPRISE_CODE.in(execution);
        EnterpriseView enterprise = registers.getEnterprise(enterpriseCode);
        ProductView product = registers.products().stream().filter(p -> p.code().equals(labSample.productCode())).findFirst()
                .orElse(null);
        Set<String> failed = Set.copyOf(report.failedItems());
        long opened = resultHandling.openCase(Actor.SYSTEM, new OpenCaseCommand(report.taskCode(), report.sampleCode(),
                report.reportNo(), ProcessVariables.AUTHORITY_CODE.in(execution), report.labCode(),
                enterpriseCode, labSample.enterpriseName(), product == null ? labSample.productName() : product.nameZh(),
                report.conclusion(), report.grade(),
                labSample.productCode(), product == null || product.industryZh() == null ? enterprise.industry() : product.industryZh(),
                enterprise.regionCode(), enterprise.size(), enterprise.address(), sample.channel(), sample.trademark(),
                sample.specification(), sample.batchNumber(),
                labSample.items().stream().filter(i -> failed.contains(i.code()))
                        .map(i -> new OpenCaseCommand.FailedItem(i.code(), i.nameZh(), i.itemClass())).toList()));
        ProcessVariables.DISPOSAL_CASE_ID.set(execution, opened);
    }
}
