package org.spotcheck.app.workflow.step;

import java.util.Map;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.shared.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of plan-approval.bpmn20.xml. */
@Configuration
class PlanSteps {

    @Bean
    TaskStep<DecisionForm> reviewPlanStep(PlanningApi planning) {
        return new PlanDecisionStep("reviewPlan", planning) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                planning.reviewPlan(actor, planId(vars), form.decision(), form.comment());
            }

            @Override
            public boolean withdrawable() {
                return true;
            }

            @Override
            public void withdraw(Actor actor, Map<String, Object> vars, String comment) {
                planning.withdrawReview(actor, planId(vars), comment);
            }
        };
    }

    @Bean
    TaskStep<DecisionForm> approvePlanStep(PlanningApi planning) {
        return new PlanDecisionStep("approvePlan", planning) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                planning.approvePlan(actor, planId(vars), form.decision(), form.comment());
            }
        };
    }

    @Bean
    TaskStep<CommentForm> revisePlanStep(PlanningApi planning) {
        return new TaskStep<>() {
            @Override
            public String taskKey() {
                return "revisePlan";
            }

            @Override
            public Class<CommentForm> formType() {
                return CommentForm.class;
            }

            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, CommentForm form) {
                planning.resubmitPlan(actor, planId(vars), form.comment());
                return Map.of();
            }

            @Override
            public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
                return Map.of("plan", planning.getPlan(actor, planId(vars)));
            }
        };
    }

    /** Review and approval pages show the plan. */
    abstract static class PlanDecisionStep extends DecisionStep {
        private final PlanningApi planning;

        PlanDecisionStep(String key, PlanningApi planning) {
            super(key);
            this.planning = planning;
        }

        /** The plan, and for an amendment what it changes against the version it amends. */
        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            PlanView plan = planning.getPlan(actor, planId(vars));
            if (plan.amendsId() == null) {
                return Map.of("plan", plan);
            }
            return Map.of("plan", plan, "planDiff", planning.diffPlan(actor, plan.id()));
        }
    }

    static long planId(Map<String, Object> vars) {
        return ((Number) vars.get(SpotCheckProcess.PLAN_ID)).longValue();
    }
}
