package org.spotcheck.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters of the API are whitelisted per endpoint ({@link QueryParameterWhitelist}); no parameter of any
 * request carries a control character ({@link ControlCharacterGuard}).
 */
@Configuration
class InputHardeningConfiguration implements WebMvcConfigurer {

    private final org.springframework.context.MessageSource messages;

    InputHardeningConfiguration(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // control characters in any parameter of any page or API call (issue 13.6), before the whitelist names it
        // (not on /error: the error dispatch of a request that failed before any handler keeps its query string)
        registry.addInterceptor(new ControlCharacterGuard(messages)).excludePathPatterns("/error").order(-10);
        registry.addInterceptor(new QueryParameterWhitelist()).addPathPatterns("/api/**");
    }
}
