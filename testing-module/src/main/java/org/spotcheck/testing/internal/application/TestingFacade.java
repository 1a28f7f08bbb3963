package org.spotcheck.testing.internal.application;

import org.spotcheck.shared.ComposedFacade;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's {@link TestingApi}: the sum of its capability services (lab samples, result entry, the report chain,
 * report reads), each call one transaction of the service that implements it.
 */
@Configuration(proxyBeanMethods = false)
class TestingFacade {

    @Bean
    TestingApi testingApi(LabSampleService labSamples, ResultEntryService results, ReportChainService chain,
            ReportReadService reads) {
        return ComposedFacade.of(TestingApi.class, labSamples, results, chain, reads);
    }
}
