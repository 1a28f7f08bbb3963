package org.spotcheck.app.workflow.step;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.AnnouncementCommand;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.FileObjectionCommand;
import org.spotcheck.disposal.api.ObjectionDecisionCommand;
import org.spotcheck.disposal.api.RectificationOrderCommand;
import org.spotcheck.disposal.api.RectificationReportCommand;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.disposal.api.SuspensionOrderCommand;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of result-handling.bpmn20.xml (issue 6). The lab chain reuses LabSteps, the re-inspection sampling is in SamplingSteps. */
@Configuration
class ResultHandlingSteps {

    /**
     * The enterprise's online acknowledgement of a notice sent in the system.
     *
     * @param acknowledged must be true: 已收到检验结果通知书
     */
    public record AcknowledgeForm(@NotNull @AssertTrue Boolean acknowledged) {
    }

    @Bean
    TaskStep<AcknowledgeForm> acknowledgeNoticeStep(ResultHandling cases) {
        return new CaseStep<>("acknowledgeNotice", AcknowledgeForm.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, AcknowledgeForm form) {
                cases.acknowledgeNotice(actor, caseId(vars));
                return Map.of();
            }
        };
    }

    @Bean
    TaskStep<FileObjectionCommand> fileObjectionStep(ResultHandling cases, TestingApi testing, SamplingApi sampling) {
        return new CaseStep<>("fileObjection", FileObjectionCommand.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, FileObjectionCommand form) {
                if (form.evidenceIds() != null) {
                    requireCaseFiles(sampling, actor, ProcessVariables.CASE_CODE.in(vars), form.evidenceIds());
                }
                cases.fileObjection(actor, caseId(vars), form);
                return Map.of();
            }

            @Override
            public Map<String, java.lang.reflect.Type> contextTypes() {
                return ContextTypes.plus(super.contextTypes(), "failedItems", ContextTypes.listOf(LabSampleView.Item.class));
            }

            /** The case and each failed item of the issued report (measured as written, limit, judgment): what the enterprise objects to. */
            @Override
            public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
                CaseView c = cases.getCase(actor, caseId(vars));
                List<LabSampleView.Item> failed = testing.reportsOfCase(actor, c.taskCode()).stream()
                        .filter(r -> "ISSUED".equals(r.status()) && r.reportNo() != null && r.reportNo().equals(c.reportNo()))
                        .findFirst().map(r -> r.items() == null ? List.<LabSampleView.Item>of()
                                : r.items().stream().filter(i -> "FAIL".equals(i.verdict())).toList())
                        .orElse(List.of());
                return Map.of("disposalCase", c, "failedItems", failed);
            }
        };
    }

    @Bean
    TaskStep<ObjectionDecisionCommand> decideObjectionStep(ResultHandling cases) {
        return new CaseStep<>("decideObjection", ObjectionDecisionCommand.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, ObjectionDecisionCommand form) {
                CaseView c = cases.decideObjection(actor, caseId(vars), form);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(ProcessVariables.OBJECTION_ACCEPTED.name(), form.decision() == ObjectionDecisionCommand.Verdict.ACCEPT);
                out.put(ProcessVariables.FINAL_CONFORMING.name(), c.finalConforming());
                return out;
            }
        };
    }

    @Bean
    TaskStep<RectificationOrderCommand> orderRectificationStep(ResultHandling cases) {
        return new CaseStep<>("orderRectification", RectificationOrderCommand.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, RectificationOrderCommand form) {
                CaseView c = cases.orderRectification(actor, caseId(vars), form);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(ProcessVariables.RECTIFICATION_DUE.name(), org.spotcheck.app.workflow.clock.StatutoryTimers.timerAfter(c.rectificationDueOn()));
                out.put(ProcessVariables.REINSPECTION_DUE.name(), org.spotcheck.app.workflow.clock.StatutoryTimers.timerAfter(c.reinspectionDueOn()));
                out.put(ProcessVariables.SERIOUS_PROBLEM.name(), c.rectification().seriousProblem());
                return out;
            }
        };
    }

    @Bean
    TaskStep<RectificationReportCommand> submitRectificationReportStep(ResultHandling cases, SamplingApi sampling) {
        return new CaseStep<>("submitRectificationReport", RectificationReportCommand.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, RectificationReportCommand form) {
                requireCaseFiles(sampling, actor, ProcessVariables.CASE_CODE.in(vars), form.evidenceIds());
                cases.submitRectificationReport(actor, caseId(vars), form);
                return Map.of();
            }
        };
    }

    @Bean
    TaskStep<CommentForm> organiseReinspectionStep(ResultHandling cases, Reinspections reinspections) {
        return new CaseStep<>("organiseReinspection", CommentForm.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, CommentForm form) {
                ReinspectionView round = reinspections.organiseReinspection(actor, caseId(vars));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(ProcessVariables.REINSPECTION_TASK_CODE.name(), round.taskCode());
                // a re-inspection follows the implementation rule at the lab of the spot-check (Order 18 art. 47)
                out.put(ProcessVariables.LAB_CODE.name(), ProcessVariables.ORIGINAL_LAB_CODE.in(vars));
                return out;
            }
        };
    }

    @Bean
    TaskStep<AnnouncementCommand> announceFailureStep(ResultHandling cases, Reinspections reinspections) {
        return new CaseStep<>("announceFailure", AnnouncementCommand.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, AnnouncementCommand form) {
                CaseView c = reinspections.announce(actor, caseId(vars), form);
                return Map.of(ProcessVariables.REINSPECTION_DUE.name(), org.spotcheck.app.workflow.clock.StatutoryTimers.timerAfter(c.reinspectionDueOn()));
            }
        };
    }

    @Bean
    TaskStep<SuspensionOrderCommand> orderSuspensionStep(ResultHandling cases, Reinspections reinspections) {
        return new CaseStep<>("orderSuspension", SuspensionOrderCommand.class, cases) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, SuspensionOrderCommand form) {
                CaseView c = reinspections.orderSuspension(actor, caseId(vars), form);
                return Map.of(ProcessVariables.REINSPECTION_DUE.name(), org.spotcheck.app.workflow.clock.StatutoryTimers.timerAfter(c.reinspectionDueOn()));
            }
        };
    }

    @Bean
    TaskStep<SpotCheckSteps.DecisionFormForReferral> handleRevocationReferralStep(Referrals referrals) {
        return referralStep("handleRevocationReferral", ProcessVariables.REVOCATION_REFERRAL_ID, referrals);
    }

    /** Enforcement's decision on the referral of a refused re-inspection sampling. */
    @Bean
    TaskStep<SpotCheckSteps.DecisionFormForReferral> handleRefusalReferralStep(Referrals referrals) {
        return referralStep("handleRefusalReferral", ProcessVariables.REFUSAL_REFERRAL_ID, referrals);
    }

    /** Enforcement decides on the referral whose id is in {@code variable}; the page shows the referral and the case's files. */
    static TaskStep<SpotCheckSteps.DecisionFormForReferral> referralStep(String key, ProcessVariables.Var<Long> variable,
            Referrals referrals) {
        return new SimpleStep<>(key, SpotCheckSteps.DecisionFormForReferral.class, (actor, vars, form) -> {
            referrals.decideReferral(actor, variable.in(vars), form.decision(), form.comment());
            return Map.of();
        }, (actor, vars) -> Map.of("referral", referrals.getReferral(actor, variable.in(vars))),
                CaseEvidence.declaredWith(ContextTypes.of("referral", org.spotcheck.disposal.api.ReferralView.class)));
    }

    /** A step about the disposal case, whose page shows the case. */
    abstract static class CaseStep<F> implements TaskStep<F> {
        private final String key;
        private final Class<F> form;
        private final ResultHandling cases;

        CaseStep(String key, Class<F> form, ResultHandling cases) {
            this.key = key;
            this.form = form;
            this.cases = cases;
        }

        @Override
        public String taskKey() {
            return key;
        }

        @Override
        public Class<F> formType() {
            return form;
        }

        @Override
        public Map<String, java.lang.reflect.Type> contextTypes() {
            // the page lists the case's files too (证据（照片、文书）)
            return CaseEvidence.declaredWith(ContextTypes.of("disposalCase", CaseView.class));
        }

        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            return Map.of("disposalCase", cases.getCase(actor, caseId(vars)));
        }
    }

    /** Evidence must be files uploaded for this case (/api/cases/{case}/attachments) that the caller may read. */
    static void requireCaseFiles(SamplingApi sampling, Actor actor, String caseCode, List<Long> ids) {
        for (Long id : ids) {
            AttachmentView file;
            try {
                file = sampling.readAttachment(actor, id).attachment();
            } catch (NotFoundException e) {
                file = null;
            }
            if (file == null || !caseCode.equals(file.taskCode())) {
                throw InvalidInputException.of("evidenceIds", "UNKNOWN_EVIDENCE",
                        "evidence must be a file uploaded for this case: #" + id, String.valueOf(id));
            }
        }
    }

    static long caseId(Map<String, Object> vars) {
        return ProcessVariables.DISPOSAL_CASE_ID.in(vars);
    }

}
