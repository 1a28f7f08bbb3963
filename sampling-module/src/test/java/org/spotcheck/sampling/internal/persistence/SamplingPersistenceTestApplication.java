package org.spotcheck.sampling.internal.persistence;

import org.spotcheck.shared.test.ModuleTestDatabase;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Boots the sampling module's persistence alone, for its mapper tests: Flyway with only this module's migrations
 * (db/migration/sampling) on H2 or, with -Pmysql, on the server ({@link ModuleTestDatabase}), MyBatis with the
 * mappers of this package. No app, no other module, no engine.
 */
@SpringBootApplication
@Import(ModuleTestDatabase.class)
class SamplingPersistenceTestApplication {
}
