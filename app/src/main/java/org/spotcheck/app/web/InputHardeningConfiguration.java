package org.spotcheck.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Query parameters of the API are whitelisted per endpoint ({@link QueryParameterWhitelist}). */
@Configuration
class InputHardeningConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryParameterWhitelist()).addPathPatterns("/api/**");
    }
}
