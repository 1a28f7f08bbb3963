package org.spotcheck.app.workflow.step;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.app.workflow.calendar.LabDeadlines;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.disposal.api.ServeNoticeCommand;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.sampling.api.RecordSamplingCommand;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.SamplingForm;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.EnterResultsCommand;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReceiveSampleCommand;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of spot-check.bpmn20.xml. */
@Configuration
class SpotCheckSteps {

    @Bean
    TaskStep<SamplingForm> recordSamplingStep(PlanningApi planning, SamplingApi sampling) {
        return new TaskStep<>() {
            @Override
            public String taskKey() {
                return "recordSampling";
            }

            @Override
            public Class<SamplingForm> formType() {
                return SamplingForm.class;
            }

            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, SamplingForm form) {
                SpotCheckTaskView task = planning.getSpotCheckTask(actor, (String) vars.get(SpotCheckProcess.CASE_CODE));
                RuleView rule = planning.getRule(task.ruleId());
                SampleView sample = sampling.recordSampling(actor, new RecordSamplingCommand(task.code(), task.authorityCode(),
                        task.labCode(), task.enterpriseCode(), task.enterpriseName(), task.enterpriseCreditCode(),
                        task.enterpriseAddress(), task.productCode(), rule.id(), rule.testPortion(), rule.backupPortion(),
                        rule.unit(), task.samplerUsernames(), form));
                return Map.of(SpotCheckProcess.SAMPLE_ID, sample.id());
            }

            @Override
            public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
                SpotCheckTaskView task = planning.getSpotCheckTask(actor, (String) vars.get(SpotCheckProcess.CASE_CODE));
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("spotCheckTask", task);
                model.put("rule", planning.getRule(task.ruleId()));
                return model;
            }
        };
    }

    @Bean
    TaskStep<ReceiveSampleCommand> receiveSampleStep(TestingApi testing, LabDeadlines deadlines) {
        return new TaskStep<>() {
            @Override
            public String taskKey() {
                return "receiveSample";
            }

            @Override
            public Class<ReceiveSampleCommand> formType() {
                return ReceiveSampleCommand.class;
            }

            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, ReceiveSampleCommand form) {
                LabSampleView received = testing.receiveSample(actor, labSampleId(vars), form);
                // the lab's deadline runs from receipt: due date of the lab steps and their reminder timers
                LabDeadlines.Deadline deadline = deadlines.fromReceipt(received.receivedAt());
                return Map.of(SpotCheckProcess.REPORT_DUE_AT, Date.from(deadline.dueAt()),
                        SpotCheckProcess.REPORT_REMIND_AT, Date.from(deadline.remindAt()));
            }

            @Override
            public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
                return Map.of("labSample", testing.getLabSample(actor, labSampleId(vars)));
            }
        };
    }

    @Bean
    TaskStep<EnterResultsCommand> enterResultsStep(TestingApi testing) {
        return new EnterResultsStep("enterResults", testing);
    }

    @Bean
    TaskStep<DecisionForm> reviewReportStep(TestingApi testing) {
        return new ReportDecisionStep("reviewReport", testing) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                testing.reviewReport(actor, reportId(vars), form.decision(), form.comment());
            }
        };
    }

    @Bean
    TaskStep<DecisionForm> approveReportStep(TestingApi testing) {
        return new ReportDecisionStep("approveReport", testing) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                testing.approveReport(actor, reportId(vars), form.decision(), form.comment());
            }
        };
    }

    @Bean
    TaskStep<ServeNoticeCommand> serveNoticeStep(DisposalApi disposal) {
        return new TaskStep<>() {
            @Override
            public String taskKey() {
                return "serveNotice";
            }

            @Override
            public Class<ServeNoticeCommand> formType() {
                return ServeNoticeCommand.class;
            }

            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, ServeNoticeCommand form) {
                disposal.serveNotice(actor, caseId(vars), form);
                return Map.of();
            }

            @Override
            public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
                return Map.of("disposalCase", disposal.getCase(actor, caseId(vars)));
            }
        };
    }

    /**
     * Entering results drafts (or redrafts) the report; in reportCorrection the same form drafts the
     * next version of an issued report. Pages, API and LIMS all come through here.
     */
    static class EnterResultsStep implements TaskStep<EnterResultsCommand> {
        private final String key;
        private final TestingApi testing;

        EnterResultsStep(String key, TestingApi testing) {
            this.key = key;
            this.testing = testing;
        }

        @Override
        public String taskKey() {
            return key;
        }

        @Override
        public Class<EnterResultsCommand> formType() {
            return EnterResultsCommand.class;
        }

        @Override
        public Map<String, Object> complete(Actor actor, Map<String, Object> vars, EnterResultsCommand form) {
            ReportView report = testing.enterResults(actor, labSampleId(vars), form);
            return Map.of(SpotCheckProcess.REPORT_ID, report.id());
        }

        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("labSample", testing.getLabSample(actor, labSampleId(vars)));
            ReportView report = testing.currentReport(actor, labSampleId(vars));
            if (report != null) {
                model.put("report", report);
            }
            return model;
        }
    }

    /** Review and approval of the report show the lab sample with its judged items. */
    abstract static class ReportDecisionStep extends DecisionStep {
        private final TestingApi testing;

        ReportDecisionStep(String key, TestingApi testing) {
            super(key);
            this.testing = testing;
        }

        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            ReportView report = testing.getReport(actor, reportId(vars));
            return Map.of("report", report, "labSample", testing.getLabSample(actor, report.labSampleId()));
        }
    }

    static long labSampleId(Map<String, Object> vars) {
        return ((Number) vars.get(SpotCheckProcess.LAB_SAMPLE_ID)).longValue();
    }

    static long reportId(Map<String, Object> vars) {
        return ((Number) vars.get(SpotCheckProcess.REPORT_ID)).longValue();
    }

    static long caseId(Map<String, Object> vars) {
        return ((Number) vars.get(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue();
    }
}
