package org.spotcheck.app.workflow.step;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.app.workflow.calendar.LabDeadlines;
import org.spotcheck.app.workflow.text.StoredTexts;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.EnterResultsCommand;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReceiveSampleCommand;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lab's user tasks (spot-check.bpmn20.xml, and lab-test.bpmn20.xml for a re-test or a
 * re-inspection): receipt of the sample, results, review and approval of the report.
 */
@Configuration
public class LabSteps {

    @Bean
    TaskStep<ReceiveSampleCommand> receiveSampleStep(TestingApi testing, LabDeadlines deadlines, StoredTexts texts) {
        return new SimpleStep<>("receiveSample", ReceiveSampleCommand.class, (actor, vars, scanned) -> {
            ReceiveSampleCommand form = fromLabelScan(scanned);
            LabSampleView received = testing.receiveSample(actor, labSampleId(vars), form);
            boolean accepted = "RECEIVED".equals(received.status());
            String note = form.rejecting() ? form.rejectionReason() : form.note();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(ProcessVariables.SAMPLE_ACCEPTED.name(), accepted);
            out.put(ProcessVariables.RECEIPT_NOTE.name(), note == null ? texts.zh(accepted ? "stored.receipt.accepted" : "stored.receipt.rejected") : note);
            if (accepted) {
                // the lab's deadline runs from receipt: due date of the lab steps and their reminder timers
                LabDeadlines.Deadline deadline = deadlines.fromReceipt(received.receivedAt());
                out.put(ProcessVariables.REPORT_DUE_AT.name(), Date.from(deadline.dueAt()));
                out.put(ProcessVariables.REPORT_REMIND_AT.name(), Date.from(deadline.remindAt()));
            }
            return out;
        }, (actor, vars) -> Map.of("labSample", testing.getLabSample(actor, labSampleId(vars)),
                // a re-test receives the backup portion (R8): the page asks for its seal, and a rejection ends the re-test
                "portion", ProcessVariables.PORTION.in(vars, "TEST")),
                ContextTypes.of("labSample", LabSampleView.class, "portion", String.class));
    }

    @Bean
    TaskStep<EnterResultsCommand> enterResultsStep(TestingApi testing) {
        return new EnterResultsStep("enterResults", testing);
    }

    @Bean
    TaskStep<DecisionForm> reviewReportStep(TestingApi testing) {
        // the previous step and the initiator are the same: the tester who drafted the report
        return new ReportDecisionStep("reviewReport", testing, java.util.List.of("previous", "initiator")) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                testing.reviewReport(actor, reportId(vars), form.decision(), form.comment());
            }
        }.withdrawnBy((actor, vars, comment) -> testing.withdrawReview(actor, reportId(vars), comment));
    }

    @Bean
    TaskStep<DecisionForm> approveReportStep(TestingApi testing) {
        // back to the drafter (default), or to the reviewer, keeping the results entered
        return new ReportDecisionStep("approveReport", testing, java.util.List.of("initiator", "previous")) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                if (form.decision() == org.spotcheck.shared.Decision.RETURN && "previous".equals(form.returnTo())) {
                    testing.returnReportToReview(actor, reportId(vars), form.comment());
                } else {
                    testing.approveReport(actor, reportId(vars), form.decision(), form.comment());
                }
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

        /**
         * The results form with one property per test item of this sample (issue 18.2): its requirement
         * ({@code x-limit}), unit, decimals of the judgment (GB/T 8170 rounding), detection limit, and the
         * forms a result may take ({@code x-accepts}: NUMBER, NOT_DETECTED, CHOICE with {@code x-choices}).
         * Whether a value can be judged stays the testing module's check (rules IMPOSSIBLE_VALUE,
         * NOT_A_CHOICE, NOT_A_NUMBER, DETECTION_LIMIT_REQUIRED, NOT_JUDGEABLE_DETECTION_LIMIT).
         */
        @Override
        public org.spotcheck.app.workflow.form.FormSchema formSchema(org.spotcheck.app.workflow.form.FormSchemas schemas,
                Actor actor, Map<String, Object> vars) {
            LabSampleView sample = testing.getLabSample(actor, labSampleId(vars));
            boolean english = "en".equals(org.spotcheck.app.web.ProblemTexts.locale().getLanguage());
            Map<String, Map<String, Object>> items = new LinkedHashMap<>();
            for (LabSampleView.Item i : sample.items()) {
                ResultForm accepted = resultForm(i);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("title", i.name(english ? "en" : "zh"));
                Map<String, Object> limit = new LinkedHashMap<>();
                limit.put("type", i.limitType());
                limit.put("display", i.requirement(english ? "en" : "zh"));
                item.put("x-limit", limit);
                item.put("x-unit", i.unitFor(english ? "en" : "zh"));
                item.put("x-decimals", i.decimals());
                item.put("x-detectionLimit", i.detectionLimit() == null ? null : plain(i.detectionLimit()));
                item.put("x-itemClass", i.itemClass());
                item.put("x-method", i.method(english ? "en" : "zh"));
                item.put("x-accepts", accepted.accepts());
                item.put("x-choices", accepted.choices());
                item.put("examples", accepted.examples());
                items.put(i.code(), item);
            }
            return org.spotcheck.app.workflow.form.FormSchemas.withProperties(schemas.of(EnterResultsCommand.class), "results", items);
        }

        @Override
        public Map<String, Object> complete(Actor actor, Map<String, Object> vars, EnterResultsCommand form) {
            ReportView report = testing.enterResults(actor, labSampleId(vars), form);
            return Map.of(ProcessVariables.REPORT_ID.name(), report.id());
        }

        /**
         * What a result may be written as. Choices come from the item's structured allowed values (the
         * rule's list), never parsed from display text; a 不得检出 item takes 未检出 / 检出; a MAX item takes
         * a bare 未检出 only where the rule states its detection limit (issue 12).
         */
        static ResultForm resultForm(LabSampleView.Item i) {
            String limit = i.limitDisplay();
            return switch (i.limitType()) {
                case "MAX" -> new ResultForm(i.code(), i.limitType(), limit, List.of("NUMBER", "NOT_DETECTED"), List.of(),
                        i.detectionLimit() != null ? List.of("0.030", "未检出", "未检出（<" + plain(i.detectionLimit()) + "）")
                                : List.of("0.030", "未检出（<0.01）", "<0.01"));
                case "MIN", "RANGE" -> new ResultForm(i.code(), i.limitType(), limit, List.of("NUMBER"), List.of(), List.of("7.0"));
                case "QUALITATIVE" -> new ResultForm(i.code(), i.limitType(), limit, List.of("CHOICE"), List.of("符合", "不符合"),
                        List.of("符合"));
                default -> i.ndRequired()
                        ? new ResultForm(i.code(), i.limitType(), limit, List.of("NOT_DETECTED", "CHOICE"), List.of("未检出", "检出"),
                                List.of("未检出", i.detectionLimit() != null ? "未检出（<" + plain(i.detectionLimit()) + "）" : "ND(<10)"))
                        : new ResultForm(i.code(), i.limitType(), limit, List.of("CHOICE"), i.allowed(), i.allowed());
            };
        }

        private static String plain(java.math.BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }

        @Override
        public Map<String, java.lang.reflect.Type> contextTypes() {
            return ContextTypes.of("labSample", LabSampleView.class, "resultForms", ContextTypes.listOf(ResultForm.class),
                    "report", ReportView.class);
        }

        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            Map<String, Object> model = new LinkedHashMap<>();
            LabSampleView sample = testing.getLabSample(actor, labSampleId(vars));
            model.put("labSample", sample);
            model.put("resultForms", sample.items().stream().map(EnterResultsStep::resultForm).toList());
            ReportView report = testing.currentReport(actor, labSampleId(vars));
            if (report != null) {
                model.put("report", report);
            }
            return model;
        }
    }

    /**
     * What a result of one item may be written as, for a LIMS developer building the input (issue 12):
     * NUMBER, NOT_DETECTED (未检出 with the detection limit, only under a ≤ limit) or CHOICE with its values.
     */
    public record ResultForm(String code, String limitType, String limit, List<String> accepts, List<String> choices,
            List<String> examples) {
    }

    /** Review and approval of the report show the lab sample with its judged items. */
    abstract static class ReportDecisionStep extends DecisionStep {
        private final TestingApi testing;

        ReportDecisionStep(String key, TestingApi testing) {
            super(key);
            this.testing = testing;
        }

        ReportDecisionStep(String key, TestingApi testing, java.util.List<String> returnTargets) {
            super(key, returnTargets);
            this.testing = testing;
        }

        @Override
        public Map<String, java.lang.reflect.Type> contextTypes() {
            return ContextTypes.of("report", ReportView.class, "labSample", LabSampleView.class);
        }

        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            ReportView report = testing.getReport(actor, reportId(vars));
            return Map.of("report", report, "labSample", testing.getLabSample(actor, report.labSampleId()));
        }
    }

    static long labSampleId(Map<String, Object> vars) {
        return ProcessVariables.LAB_SAMPLE_ID.in(vars);
    }

    static long reportId(Map<String, Object> vars) {
        return ProcessVariables.REPORT_ID.in(vars);
    }

    /**
     * A scanned label's QR code reads {@code <sample code>|<portion>|<seal number>}; typed input
     * is taken as it is.
     */
    static ReceiveSampleCommand fromLabelScan(ReceiveSampleCommand form) {
        String[] parts = form.sampleCode() == null ? new String[0] : form.sampleCode().split("\\|");
        if (parts.length != 3) {
            return form;
        }
        String seal = form.testSealNumber() == null || form.testSealNumber().isBlank() ? parts[2] : form.testSealNumber();
        return new ReceiveSampleCommand(parts[0].strip(), seal.strip(), form.sealIntact(), form.note(), form.accept(),
                form.rejectionReason());
    }

}
