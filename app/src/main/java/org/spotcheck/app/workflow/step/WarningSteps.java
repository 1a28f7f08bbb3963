package org.spotcheck.app.workflow.step;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.QualityWarnings;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user task of quality-warning.bpmn20.xml. */
@Configuration
class WarningSteps {

    /**
     * The planner's answer to a quality warning.
     *
     * @param decision START_PLAN (planId: the special plan he drafted) or DISMISS (comment: why not)
     */
    public record SpecialPlanForm(@NotNull Decision decision, Long planId, @Size(max = 1000) String comment) {

        /** 启动专项计划 / 不启动. */
        public enum Decision {
            START_PLAN,
            DISMISS
        }
    }

    @Bean
    TaskStep<SpecialPlanForm> startSpecialPlanStep(QualityWarnings qualityWarnings, Plans plans) {
        return new SimpleStep<>("startSpecialPlan", SpecialPlanForm.class, (actor, vars, form) -> {
            String planCode = null;
            if (form.decision() == SpecialPlanForm.Decision.START_PLAN) {
                if (form.planId() == null) {
                    throw InvalidInputException.of("planId", "PLAN_REQUIRED", "choose the special plan you drafted");
                }
                PlanView plan = plans.getPlan(actor, form.planId());
                if (plan.kind() != PlanKind.SPECIAL) {
                    throw InvalidInputException.of("planId", "NOT_A_SPECIAL_PLAN", "it must be a special plan");
                }
                planCode = plan.code();
            }
            qualityWarnings.handleWarning(actor, warningId(vars), planCode, form.comment());
            return Map.of();
        }, (actor, vars) -> Map.of("warning", qualityWarnings.getWarning(actor, warningId(vars)),
                "specialPlans", plans.listPlans(actor).stream().filter(p -> p.kind() == PlanKind.SPECIAL).toList()),
                ContextTypes.of("warning", org.spotcheck.disposal.api.WarningView.class, "specialPlans",
                        ContextTypes.listOf(org.spotcheck.planning.api.PlanView.class)));
    }

    static long warningId(Map<String, Object> vars) {
        return ProcessVariables.WARNING_ID.in(vars);
    }
}
