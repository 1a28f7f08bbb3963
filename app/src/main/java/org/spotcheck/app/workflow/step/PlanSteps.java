package org.spotcheck.app.workflow.step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotcheck.app.security.AccountService;
import org.spotcheck.app.security.UserAccountMapper;
import org.spotcheck.app.workflow.config.WorkflowSettings;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.planning.api.CountersignQuorum;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.shared.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of plan-approval.bpmn20.xml. */
@Configuration
class PlanSteps {

    /** Who may countersign a plan: business staff of the authority, never the three administrators (ADR 0007). */
    static final java.util.Set<Role> COUNTERSIGN_ROLES = java.util.EnumSet.of(Role.PLANNER, Role.PLAN_REVIEWER,
            Role.PLAN_APPROVER, Role.OFFICER, Role.ENFORCER);

    @Bean
    TaskStep<DecisionForm> reviewPlanStep(Plans plans, AccountService accounts, WorkflowSettings.Planning settings) {
        double share = CountersignQuorum.requireShare(settings.countersignShare());
        return new PlanDecisionStep("reviewPlan", plans) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                plans.reviewPlan(actor, planId(vars), form.decision(), form.comment());
            }

            /** An approving review may ask colleagues of the authority to countersign (会签). */
            @Override
            Map<String, Object> extraVariables(Actor actor, Map<String, Object> vars, DecisionForm form) {
                List<String> signers = form.decision() == Decision.APPROVE ? form.countersigners() : List.of();
                if (form.decision() != Decision.APPROVE && !form.countersigners().isEmpty()) {
                    throw new RuleViolationException("countersigners", "COUNTERSIGN_ONLY_WHEN_APPROVING",
                            "only an approving review asks for a countersign");
                }
                Set<String> eligible = candidates(actor, vars).stream().map(UserAccountMapper.Colleague::username)
                        .collect(Collectors.toSet());
                for (String signer : signers) {
                    if (!eligible.contains(signer)) {
                        throw new RuleViolationException("countersigners", "COUNTERSIGNER_NOT_ELIGIBLE",
                                signer + " is not a colleague who may countersign", signer);
                    }
                }
                CountersignQuorum quorum = CountersignQuorum.of(share, signers.size());
                Map<String, Object> out = new HashMap<>();
                out.put(ProcessVariables.COUNTERSIGNERS.name(), new ArrayList<>(signers));
                out.put(ProcessVariables.COUNTERSIGN_COUNT.name(), quorum.signers());
                out.put(ProcessVariables.COUNTERSIGN_REQUIRED.name(), quorum.required());
                out.put(ProcessVariables.COUNTERSIGN_ALLOWED_REJECTIONS.name(), quorum.allowedRejections());
                out.put(ProcessVariables.COUNTERSIGN_APPROVALS.name(), 0);
                out.put(ProcessVariables.COUNTERSIGN_REJECTIONS.name(), 0);
                return out;
            }

            @Override
            public Map<String, java.lang.reflect.Type> contextTypes() {
                return ContextTypes.plus(super.contextTypes(), "countersignCandidates",
                        ContextTypes.listOf(UserAccountMapper.Colleague.class), "countersignShare", java.math.BigDecimal.class);
            }

            @Override
            public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
                Map<String, Object> model = new HashMap<>(super.pageModel(actor, vars));
                model.put("countersignCandidates", candidates(actor, vars));
                // a decimal, so a string in the API like every other (issue 18.3)
                model.put("countersignShare", java.math.BigDecimal.valueOf(share));
                return model;
            }

            private List<UserAccountMapper.Colleague> candidates(Actor actor, Map<String, Object> vars) {
                String drafter = ProcessVariables.DRAFTER.in(vars);
                return accounts.colleagues(actor.orgCode(), COUNTERSIGN_ROLES).stream()
                        .filter(c -> !c.username().equals(actor.username()) && !c.username().equals(drafter)).toList();
            }
        }.withdrawnBy((actor, vars, comment) -> plans.withdrawReview(actor, planId(vars), comment));
    }

    /** One countersigner's opinion; the counters drive the multi-instance's completion condition. */
    @Bean
    TaskStep<DecisionForm> countersignPlanStep(Plans plans) {
        return new SimpleStep<>("countersignPlan", DecisionForm.class, (actor, vars, form) -> {
            if (!form.countersigners().isEmpty() || form.returnTo() != null) {
                throw new RuleViolationException("decision", "COUNTERSIGN_AGREES_OR_NOT",
                        "a countersign only agrees or disagrees");
            }
            plans.countersignPlan(actor, planId(vars), form.decision(), form.comment());
            // concurrent countersigners update the same counters; Flowable's optimistic lock lets one win (409)
            ProcessVariables.Var<Integer> counter = form.decision() == Decision.APPROVE
                    ? ProcessVariables.COUNTERSIGN_APPROVALS : ProcessVariables.COUNTERSIGN_REJECTIONS;
            return Map.of(counter.name(), counter.in(vars, 0) + 1);
        }, (actor, vars) -> Map.of("plan", plans.getPlan(actor, planId(vars)), "countersign", new CountersignTally(
                ProcessVariables.COUNTERSIGNERS.in(vars, List.of()), ProcessVariables.COUNTERSIGN_APPROVALS.in(vars, 0),
                ProcessVariables.COUNTERSIGN_REJECTIONS.in(vars, 0), ProcessVariables.COUNTERSIGN_REQUIRED.in(vars, 0))),
                ContextTypes.of("plan", PlanView.class, "countersign", CountersignTally.class));
    }

    @Bean
    TaskStep<DecisionForm> approvePlanStep(Plans plans) {
        return new PlanDecisionStep("approvePlan", plans) {
            @Override
            void decide(Actor actor, Map<String, Object> vars, DecisionForm form) {
                plans.approvePlan(actor, planId(vars), form.decision(), form.comment());
            }
        };
    }

    @Bean
    TaskStep<CommentForm> revisePlanStep(Plans plans) {
        return new SimpleStep<>("revisePlan", CommentForm.class, (actor, vars, form) -> {
            plans.resubmitPlan(actor, planId(vars), form.comment());
            return Map.of();
        }, (actor, vars) -> Map.of("plan", plans.getPlan(actor, planId(vars))), ContextTypes.of("plan", PlanView.class));
    }

    /** Review and approval pages show the plan. */
    abstract static class PlanDecisionStep extends DecisionStep {
        private final Plans plans;

        PlanDecisionStep(String key, Plans plans) {
            super(key);
            this.plans = plans;
        }

        @Override
        public Map<String, java.lang.reflect.Type> contextTypes() {
            return ContextTypes.of("plan", PlanView.class, "planDiff", org.spotcheck.planning.api.PlanDiff.class);
        }

        /** The plan, and for an amendment what it changes against the version it amends. */
        @Override
        public Map<String, Object> pageModel(Actor actor, Map<String, Object> vars) {
            PlanView plan = plans.getPlan(actor, planId(vars));
            if (plan.amendsId() == null) {
                return Map.of("plan", plan);
            }
            return Map.of("plan", plan, "planDiff", plans.diffPlan(actor, plan.id()));
        }
    }

    static long planId(Map<String, Object> vars) {
        return ProcessVariables.PLAN_ID.in(vars);
    }
}
