package org.spotcheck.sampling.internal.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the sampling module's persistence alone, for its mapper tests: H2 in MySQL mode, Flyway with only
 * this module's migrations (db/migration/sampling), MyBatis with the mappers of this package. No app,
 * no other module, no engine.
 */
@SpringBootApplication
class SamplingPersistenceTestApplication {
}
