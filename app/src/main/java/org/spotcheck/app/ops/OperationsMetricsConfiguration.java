package org.spotcheck.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.security.SpotcheckUser;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Meters that wrap existing code instead of changing it (issue 15.4, ADR 0016):
 * <ul>
 * <li>{@code spotcheck_audit_append_seconds}: a timer around every {@code AuditLog.append*} call from outside the
 * audit log, i.e. the time a request spends waiting for the audit head row and writing its record;</li>
 * <li>{@code spotcheck_lims_requests_total{lab,outcome}}: every LIMS submission by the submitting lab and its outcome
 * ({@code accepted}, {@code replayed} for an idempotent replay, {@code rejected} for a 4xx, {@code failed} for a
 * 5xx), counted once the answer is final (after the exception handlers).</li>
 * </ul>
 */
@Configuration
class OperationsMetricsConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<MeterRegistry> registry;

    OperationsMetricsConfiguration(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    /** Times the audit log's appends through a proxy, so the audit code itself stays as it is. */
    @Bean
    static BeanPostProcessor auditAppendTiming(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof AuditLog)) {
                    return bean;
                }
                MethodInterceptor timing = invocation -> {
                    Timer.Sample sample = Timer.start();
                    try {
                        return invocation.proceed();
                    } finally {
                        MeterRegistry meters = registry.getIfAvailable();
                        if (meters != null) {
                            sample.stop(Timer.builder("spotcheck.audit.append").description("appending one audit record")
                                    .publishPercentileHistogram().register(meters));
                        }
                    }
                };
                NameMatchMethodPointcutAdvisor advisor = new NameMatchMethodPointcutAdvisor(timing);
                advisor.setMappedNames("append", "appendQuietly");
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvisor(advisor);
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    @Bean
    FilterRegistrationBean<MonitoringScrapeFilter> monitoringScrapeFilter(BusinessGauges gauges) {
        FilterRegistrationBean<MonitoringScrapeFilter> registration = new FilterRegistrationBean<>(new MonitoringScrapeFilter(gauges));
        registration.setOrder(0); // after Spring Security (-100): only admitted scrapes refresh the figures
        registration.addUrlPatterns("/actuator/prometheus");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        interceptors.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                MeterRegistry meters = registry.getIfAvailable();
                if (meters == null) {
                    return;
                }
                int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
                String outcome = status >= 500 ? "failed" : status >= 400 ? "rejected"
                        : "true".equals(response.getHeader("Idempotent-Replayed")) ? "replayed" : "accepted";
                Counter.builder("spotcheck.lims.requests").description("LIMS result submissions by lab and outcome")
                        .tag("lab", lab()).tag("outcome", outcome).register(meters).increment();
            }
        }).addPathPatterns("/api/lims/**");
    }

    private static String lab() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SpotcheckUser user && user.actor().orgCode() != null
                ? user.actor().orgCode() : "-";
    }
}
