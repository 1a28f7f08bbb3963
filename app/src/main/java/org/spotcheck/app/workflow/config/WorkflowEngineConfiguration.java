package org.spotcheck.app.workflow.config;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Set;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.history.DefaultHistoryConfigurationSettings;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.spring.security.SpringSecurityAuthenticationContext;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable wiring. The non-obvious parts come from the stack spike (stack-notes.md §3):
 * Flyway runs before the engine, Spring Security is the engine's user source, and the database
 * type can be forced (Flowable's MySQL dialect on H2 in MySQL mode).
 */
@Configuration
public class WorkflowEngineConfiguration {

    /** Flyway refuses a non-empty schema, so it must run before Flowable creates ACT_* tables. */
    @Bean
    static BeanFactoryPostProcessor processEngineAfterFlyway() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition("processEngine") && beanFactory.containsBeanDefinition("flywayInitializer")) {
                BeanDefinition engine = beanFactory.getBeanDefinition("processEngine");
                String[] existing = engine.getDependsOn();
                String[] dependsOn = existing == null ? new String[1] : Arrays.copyOf(existing, existing.length + 1);
                dependsOn[dependsOn.length - 1] = "flywayInitializer";
                engine.setDependsOn(dependsOn);
            }
        };
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> spotcheckEngineConfigurer(
            WorkflowSettings.Engine settings, ApplicationContext context) {
        String databaseType = settings.databaseType();
        return config -> {
            if (!databaseType.isBlank()) {
                config.setDatabaseType(databaseType);
            }
            // Without flowable-idm-spring the engine does not learn the Spring Security user.
            Authentication.setAuthenticationContext(new SpringSecurityAuthenticationContext());
            // Expressions see the delegates only (architecture.md §4: an explicit allow-list of beans).
            config.setBeans(new DelegateBeans(context));
            config.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
            // BPMN is parsed with DTDs and external entities off (XXE, ASVS 1.5.1; Flowable user guide "Enable safe BPMN 2.0 xml")
            config.setEnableSafeBpmnXml(true);
            // History stays at audit (the timeline reads activity history, comments and historic variables), except
            // the copy of every candidate, participant and assignee link into ACT_HI_IDENTITYLINK: nothing reads it
            // (no historic identity-link, candidate or involved-user query in the application; who did a step is in
            // ACT_HI_TASKINST/ACT_HI_ACTINST and sys_task_completion, the audit trail in sys_audit). One statement less
            // for every command that creates a task or changes its links (issue 14.2, docs/benchmark.md, stmts14).
            config.setHistoryConfigurationSettings(new NoIdentityLinkHistory(config));
        };
    }

    /** The workflow clock for the modules (disposal: statutory dates), see {@link WorkflowClock}. */
    @Bean
    java.time.Clock workflowClock(org.springframework.beans.factory.ObjectProvider<org.flowable.engine.ProcessEngineConfiguration> engine) {
        return new WorkflowClock(engine);
    }

    /** The engine's history settings without identity-link history (see {@link #spotcheckEngineConfigurer}). */
    static final class NoIdentityLinkHistory extends DefaultHistoryConfigurationSettings {
        NoIdentityLinkHistory(ProcessEngineConfigurationImpl engine) {
            super(engine);
        }

        @Override
        public boolean isHistoryEnabledForIdentityLink(IdentityLinkEntity identityLink) {
            return false;
        }
    }

    /** A lazy map of the beans BPMN expressions may name: {@link JavaDelegate}s called {@code *Delegate}. */
    static final class DelegateBeans extends AbstractMap<Object, Object> {
        private final ApplicationContext context;

        DelegateBeans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && name.endsWith("Delegate") && context.containsBean(name)
                    && context.isTypeMatch(name, JavaDelegate.class);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return Set.of();
        }
    }
}
