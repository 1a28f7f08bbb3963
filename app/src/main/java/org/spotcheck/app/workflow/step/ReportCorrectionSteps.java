package org.spotcheck.app.workflow.step;

import java.util.Map;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.EnterResultsCommand;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of report-correction.bpmn20.xml: the same forms and module checks as the first report. */
@Configuration
class ReportCorrectionSteps {

    @Bean
    TaskStep<EnterResultsCommand> correctResultsStep(TestingApi testing) {
        return new LabSteps.EnterResultsStep("correctResults", testing);
    }

    @Bean
    TaskStep<DecisionForm> reviewCorrectionStep(TestingApi testing) {
        return new LabSteps.ReportDecisionStep("reviewCorrection", testing) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                testing.reviewReport(actor, LabSteps.reportId(vars), form.decision(), form.comment());
            }
        };
    }

    @Bean
    TaskStep<DecisionForm> approveCorrectionStep(TestingApi testing) {
        return new LabSteps.ReportDecisionStep("approveCorrection", testing) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                testing.approveReport(actor, LabSteps.reportId(vars), form.decision(), form.comment());
            }
        };
    }
}
