package org.spotcheck.app.workflow.step;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spotcheck.app.security.Reauthentication;
import org.spotcheck.app.workflow.form.FixedFields;
import org.spotcheck.app.workflow.form.FormSchema;
import org.spotcheck.app.workflow.form.FormSchemas;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SamplingExemption;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.sampling.api.ConfirmSamplingForm;
import org.spotcheck.sampling.api.NonSamplingForm;
import org.spotcheck.sampling.api.RecordNonSamplingCommand;
import org.spotcheck.sampling.api.RecordSamplingCommand;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.SamplingForm;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sampling user tasks: the spot-check's sampling (spot-check.bpmn20.xml), the sampled enterprise's
 * confirmation, and the re-inspection's sampling (result-handling.bpmn20.xml).
 */
@Configuration
class SamplingSteps {

    @Bean
    TaskStep<Object> recordSamplingStep(SpotCheckTasks spotCheckTasks, ImplementationRules rules, SamplingApi sampling,
            StepLocks locks) {
        return new SamplingStep("recordSampling", spotCheckTasks, rules) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, Object form) {
                SpotCheckTaskView task = task(actor, vars);
                // an upload to the case at this instant finishes before the record binds the files, or finds it sealed
                locks.holdSamplingForCompletion(CaseNumber.of(task.code()));
                if (form instanceof NonSamplingForm visit) {
                    sampling.recordNonSampling(actor, new RecordNonSamplingCommand(task.code(), task.authorityCode(),
                            task.enterpriseCode(), task.enterpriseName(), task.samplerUsernames(), visit));
                    // closed without a sample (refusal, nothing to sample): the draw may now be published (issue 12)
                    spotCheckTasks.recordSamplingEnded(Actor.SYSTEM, task.code(), false);
                    return Map.of(ProcessVariables.SAMPLING_OUTCOME.name(), visit.outcome().name());
                }
                SampleView sample = sampling.recordSampling(actor, command(task.code(), task, exemption(task), (SamplingForm) form));
                // the record is sealed with this step (issue 12.7): the case is sampled (issue 12.2c: the one "sampled" event)
                spotCheckTasks.recordSamplingEnded(Actor.SYSTEM, task.code(), true);
                return Map.of(ProcessVariables.SAMPLE_ID.name(), sample.id(), ProcessVariables.SAMPLING_OUTCOME.name(), "SAMPLED");
            }

            @Override
            public Map<String, java.lang.reflect.Type> contextTypes() {
                return ContextTypes.plus(super.contextTypes(), "rejectedSample", SampleView.class);
            }

            @Override
            void addToPage(Actor actor, SpotCheckTaskView task, Map<String, Object> vars, Map<String, Object> model) {
                SampleView rejected = sampling.latestSampleOfTask(actor, task.code());
                if (rejected != null) {
                    model.put("rejectedSample", rejected);
                }
            }
        };
    }

    @Bean
    TaskStep<Object> recordReinspectionSamplingStep(SpotCheckTasks spotCheckTasks, ImplementationRules rules, SamplingApi sampling,
            Reinspections reinspections, StepLocks locks) {
        return new SamplingStep("recordReinspectionSampling", spotCheckTasks, rules) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, Object form) {
                SpotCheckTaskView task = task(actor, vars);
                // as the spot-check's sampling: an upload to the case at this instant comes wholly before or after
                locks.holdSamplingForCompletion(CaseNumber.of(task.code()));
                String reinspectionCode = ProcessVariables.REINSPECTION_TASK_CODE.in(vars);
                if (form instanceof NonSamplingForm visit) {
                    reinspections.requireRefusalOnlyWithoutSample(visit.outcome() == null ? null : visit.outcome().name());
                    sampling.recordNonSampling(actor, new RecordNonSamplingCommand(reinspectionCode, task.authorityCode(),
                            task.enterpriseCode(), task.enterpriseName(), task.samplerUsernames(), visit));
                    return Map.of(ProcessVariables.REINSPECTION_SAMPLING_OUTCOME.name(), "REFUSED");
                }
                // sampling's terms for a re-inspection (free sample, follow-up exemption) are its own
                SampleView sample = sampling.recordReinspectionSampling(actor, command(reinspectionCode, task, null, (SamplingForm) form));
                return Map.of(ProcessVariables.SAMPLE_ID.name(), sample.id(), ProcessVariables.REINSPECTION_SAMPLING_OUTCOME.name(), "SAMPLED");
            }

            /** A re-inspection's samples are supplied free (Order 18 art. 49): its form fixes the amount paid to 0. */
            @Override
            public FormSchema formSchema(FormSchemas schemas, Actor actor, Map<String, Object> vars) {
                return FixedFields.fix(super.formSchema(schemas, actor, vars), "/then/properties/amountPaid", 0, "FREE_SAMPLE",
                        schemas.text("sampling.amountPaid.free"));
            }

            @Override
            public Map<String, java.lang.reflect.Type> contextTypes() {
                return ContextTypes.plus(super.contextTypes(), "reinspectionTaskCode", String.class);
            }

            @Override
            void addToPage(Actor actor, SpotCheckTaskView task, Map<String, Object> vars, Map<String, Object> model) {
                model.put("reinspectionTaskCode", ProcessVariables.REINSPECTION_TASK_CODE.in(vars));
            }
        };
    }

    @Bean
    TaskStep<ConfirmSamplingForm> confirmSamplingStep(SamplingApi sampling, Reauthentication reauthentication) {
        SimpleStep<ConfirmSamplingForm> simple = new SimpleStep<>("confirmSampling", ConfirmSamplingForm.class, (actor, vars, form) -> {
            boolean reauthenticated = form.method() == ConfirmSamplingForm.Method.ONLINE
                    && reauthentication.verify(actor.username(), form.password());
            sampling.confirmSampling(actor, sampleId(vars), form, reauthenticated);
            return Map.of();
        }, (actor, vars) -> Map.of("sample", sampling.getSample(actor, sampleId(vars)), "statement", ConfirmSamplingForm.STATEMENT),
                ContextTypes.of("sample", SampleView.class, "statement", String.class));
        // the same step, with the paper signature's required fields in its schema (issue 19: the offline app checks them)
        return new TaskStep<>() {
            @Override
            public String taskKey() {
                return simple.taskKey();
            }

            @Override
            public Class<ConfirmSamplingForm> formType() {
                return simple.formType();
            }

            @Override
            public FormSchema formSchema(FormSchemas schemas, Actor actor, Map<String, Object> vars) {
                return CaseRules.confirmation(schemas, schemas.of(ConfirmSamplingForm.class));
            }

            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, ConfirmSamplingForm form) {
                return simple.complete(actor, vars, form);
            }

            @Override
            public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
                return simple.pageModel(actor, vars);
            }

            @Override
            public Map<String, java.lang.reflect.Type> contextTypes() {
                return simple.contextTypes();
            }
        };
    }

    /**
     * A sampling of the case's enterprise: {@code outcome} absent or SAMPLED takes the sampling form,
     * another outcome a visit without a sample; the page shows the task and its implementation rule.
     */
    abstract static class SamplingStep implements TaskStep<Object> {
        private final String key;
        private final SpotCheckTasks spotCheckTasks;
        private final ImplementationRules rules;

        SamplingStep(String key, SpotCheckTasks spotCheckTasks, ImplementationRules rules) {
            this.key = key;
            this.spotCheckTasks = spotCheckTasks;
            this.rules = rules;
        }

        @Override
        public String taskKey() {
            return key;
        }

        @Override
        public Class<Object> formType() {
            return Object.class;
        }

        @Override
        public Class<?> formTypeFor(Map<String, Object> body) {
            Object outcome = body.get("outcome");
            return outcome == null || "SAMPLED".equals(outcome) ? SamplingForm.class : NonSamplingForm.class;
        }

        /**
         * The sampling form with what the case adds (issue 19: the offline app checks a form with this schema before
         * it is sent, and the server checks every completion with it): the portions of the case's implementation rule
         * as the least quantities (R29, rule BELOW_RULE_QUANTITY), and for online sampling (Order 18 art. 18; R30) the
         * order fields, the screenshots and the backup portion at the lab. SamplingRecordService checks the same.
         */
        @Override
        public FormSchema formSchema(FormSchemas schemas, Actor actor, Map<String, Object> vars) {
            FormSchema base = schemas.byField("outcome", "SAMPLED", SamplingForm.class, NonSamplingForm.class);
            if (vars == null || ProcessVariables.CASE_CODE.in(vars) == null) {
                return base;
            }
            RuleView rule = rules.getRule(task(actor, vars).ruleId());
            return CaseRules.sampling(schemas, base, rule.testPortion(), rule.backupPortion(), rule.unit());
        }

        SpotCheckTaskView task(Actor actor, Map<String, Object> vars) {
            return spotCheckTasks.getSpotCheckTask(actor, ProcessVariables.CASE_CODE.in(vars));
        }

        /** Planning's six-month exemption of the task (Order 18 art. 8 para 3), in sampling's terms. */
        RecordSamplingCommand.Exemption exemption(SpotCheckTaskView task) {
            SamplingExemption exemption = spotCheckTasks.sixMonthExemption(task.code());
            return exemption == null ? null : RecordSamplingCommand.Exemption.valueOf(exemption.name());
        }

        /** The sampling under {@code code} with the task's snapshot, its rule's portions and the superiors (R3). */
        RecordSamplingCommand command(String code, SpotCheckTaskView task, RecordSamplingCommand.Exemption exemption,
                SamplingForm form) {
            RuleView rule = rules.getRule(task.ruleId());
            return new RecordSamplingCommand(code, task.authorityCode(), task.labCode(), task.enterpriseCode(),
                    task.enterpriseName(), task.enterpriseCreditCode(), task.enterpriseAddress(), task.productCode(), rule.id(),
                    rule.testPortion(), rule.backupPortion(), rule.unit(), task.samplerUsernames(), exemption,
                    spotCheckTasks.superiorAuthorities(task.code()), false, form);
        }

        @Override
        public Map<String, java.lang.reflect.Type> contextTypes() {
            return ContextTypes.of("spotCheckTask", SpotCheckTaskView.class, "rule", RuleView.class);
        }

        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            SpotCheckTaskView task = task(actor, vars);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("spotCheckTask", task);
            model.put("rule", rules.getRule(task.ruleId()));
            addToPage(actor, task, vars, model);
            return model;
        }

        abstract void addToPage(Actor actor, SpotCheckTaskView task, Map<String, Object> vars, Map<String, Object> model);
    }

    static long sampleId(Map<String, Object> vars) {
        return ProcessVariables.SAMPLE_ID.in(vars);
    }
}
