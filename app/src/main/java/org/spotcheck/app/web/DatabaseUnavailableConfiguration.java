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

    /** {@link BodySizeLimitFilter} first of all: an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilterRegistration(org.springframework.context.MessageSource messages) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(messages));
        // before every other filter: one that reads a parameter would make Tomcat parse (and refuse) the form itself
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The rate limit of the public results feed (issue 18.4), per client address:
     * {@code spotcheck.public-feed.rate-limit.capacity} requests at once (60), refilled by
     * {@code refill-per-minute} (60).
     */
    @Bean
    PublicFeedRateLimit publicFeedRateLimit(org.springframework.context.MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${spotcheck.public-feed.rate-limit.capacity:60}") int capacity,
            @org.springframework.beans.factory.annotation.Value("${spotcheck.public-feed.rate-limit.refill-per-minute:60}") int refill) {
        return new PublicFeedRateLimit(messages, java.time.Clock.systemUTC(), capacity, refill);
    }

    @Bean
    FilterRegistrationBean<PublicFeedRateLimit> publicFeedRateLimitRegistration(PublicFeedRateLimit limit) {
        FilterRegistrationBean<PublicFeedRateLimit> registration = new FilterRegistrationBean<>(limit);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 30); // before the database and security filters
        registration.addUrlPatterns("/api/public/feed", "/api/public/feed.csv", "/api/public/feed.atom");
        return registration;
    }
}
