package org.spotcheck.app.workflow.step;

import java.util.Map;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.ReferralDecision;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.disposal.api.ServeNoticeCommand;
import org.spotcheck.shared.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enforcement and notice user tasks of spot-check.bpmn20.xml; its sampling steps are in {@link SamplingSteps}, its
 * lab steps in {@link LabSteps}.
 */
@Configuration
class SpotCheckSteps {

    @Bean
    TaskStep<DecisionFormForReferral> handleReferralStep(Referrals referrals) {
        return ResultHandlingSteps.referralStep("handleReferral", ProcessVariables.REFERRAL_ID, referrals);
    }

    /**
     * Enforcement's decision on a referral.
     *
     * @param decision CASE_OPENED or NO_ACTION (which needs a comment)
     */
    public record DecisionFormForReferral(@jakarta.validation.constraints.NotNull ReferralDecision decision,
            @jakarta.validation.constraints.Size(max = 1000) String comment) {
    }

    @Bean
    TaskStep<ServeNoticeCommand> serveNoticeStep(ResultHandling resultHandling) {
        return new ResultHandlingSteps.CaseStep<>("serveNotice", ServeNoticeCommand.class, resultHandling) {
            @Override
            public Map<String, Object> complete(Actor actor, Map<String, Object> vars, ServeNoticeCommand form) {
                resultHandling.serveNotice(actor, ResultHandlingSteps.caseId(vars), form);
                return Map.of();
            }
        };
    }
}
