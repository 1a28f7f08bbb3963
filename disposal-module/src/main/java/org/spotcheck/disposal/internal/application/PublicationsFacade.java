package org.spotcheck.disposal.internal.application;

import org.spotcheck.disposal.api.Publications;
import org.spotcheck.shared.ComposedFacade;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's {@link Publications}: the redaction review and the public list ({@link PublicationLog}) and the public
 * feed ({@link PublicFeed}), each call in the transaction of the class that implements it.
 */
@Configuration(proxyBeanMethods = false)
class PublicationsFacade {

    @Bean
    Publications publications(PublicationLog log, PublicFeed feed) {
        return ComposedFacade.of(Publications.class, log, feed);
    }
}
