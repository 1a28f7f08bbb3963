package org.spotcheck.testing.internal.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the testing module's persistence alone, for its mapper tests: H2 in MySQL mode, Flyway with only
 * this module's migrations (db/migration/testing), MyBatis with the mappers of this package.
 */
@SpringBootApplication
class TestingPersistenceTestApplication {
}
