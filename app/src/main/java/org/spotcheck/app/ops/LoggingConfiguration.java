package org.spotcheck.app.ops;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link RequestLogContextFilter} right after the body-size guard, before every other filter, and the
 * interceptor that names the case of a task command.
 */
@Configuration
class LoggingConfiguration implements WebMvcConfigurer {

    private final JdbcTemplate jdbc;
    private final boolean caseOfTask;

    LoggingConfiguration(JdbcTemplate jdbc, OperationsSettings.Logging settings) {
        this.jdbc = jdbc;
        this.caseOfTask = settings.caseOfTask();
    }

    @Bean
    FilterRegistrationBean<RequestLogContextFilter> requestLogContextFilter() {
        FilterRegistrationBean<RequestLogContextFilter> registration = new FilterRegistrationBean<>(new RequestLogContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        if (caseOfTask) {
            interceptors.addInterceptor(RequestLogContextFilter.caseOfTask(taskId -> {
                List<String> keys = jdbc.queryForList("SELECT E.BUSINESS_KEY_ FROM ACT_RU_TASK T JOIN ACT_RU_EXECUTION E "
                        + "ON E.ID_ = T.PROC_INST_ID_ WHERE T.ID_ = ?", String.class, taskId);
                return keys.isEmpty() ? null : keys.get(0);
            })).addPathPatterns("/tasks/*", "/tasks/*/**", "/api/tasks/*", "/api/tasks/*/**");
        }
    }
}
