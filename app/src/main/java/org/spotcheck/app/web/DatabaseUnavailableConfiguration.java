package org.spotcheck.app.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link DatabaseUnavailableFilter} outside the audit filter and Spring Security. */
@Configuration
class DatabaseUnavailableConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilterRegistration() {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20); // outside the audit filter (-10)
        registration.addUrlPatterns("/*");
        return registration;
    }
}
