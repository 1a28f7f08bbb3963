package org.spotcheck.sampling.internal.persistence;

/** The properties every mapper test boots {@link SamplingPersistenceTestApplication} with. */
final class MapperTestProperties {

    static final String H2 = "spring.datasource.url=jdbc:h2:mem:sampling-module;MODE=MySQL;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
    static final String MIGRATIONS = "spring.flyway.locations=classpath:db/migration/sampling";
    static final String HISTORY = "spring.flyway.table=sys_schema_history";
    static final String CAMEL_CASE = "mybatis.configuration.map-underscore-to-camel-case=true";

    private MapperTestProperties() {
    }
}
