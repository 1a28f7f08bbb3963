package org.spotcheck.planning.internal.application;

import org.spotcheck.planning.api.Plans;
import org.spotcheck.shared.ComposedFacade;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's {@link Plans}: a plan's content and course ({@link PlanService}) and its approval round ({@link PlanApproval}). */
@Configuration(proxyBeanMethods = false)
class PlanFacade {

    @Bean
    Plans plans(PlanService contents, PlanApproval approval) {
        return ComposedFacade.of(Plans.class, contents, approval);
    }
}
