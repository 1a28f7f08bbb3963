package org.spotcheck.sampling.internal.application;

import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.ComposedFacade;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's {@link SamplingApi}: the sum of its capability services (sampling records, custody and confirmation,
 * reads, case files), each call one transaction of the service that implements it.
 */
@Configuration(proxyBeanMethods = false)
class SamplingFacade {

    @Bean
    SamplingApi samplingApi(SamplingRecordService records, CustodyService custody, SampleReadService reads,
            CaseFileService files) {
        return ComposedFacade.of(SamplingApi.class, records, custody, reads, files);
    }
}
