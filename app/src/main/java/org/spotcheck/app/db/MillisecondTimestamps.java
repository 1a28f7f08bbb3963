package org.spotcheck.app.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.spotcheck.shared.jdbc.MariaDbMilliseconds;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Keeps the milliseconds of every timestamp written to MariaDB (issue 12 point 6): wraps the one DataSource, so
 * every module's MyBatis writes and Flowable's go through {@link MariaDbMilliseconds}. It does nothing on H2 or on a
 * MySQL server, where Connector/J sends fractions itself. On H2 the engine's own columns are widened to
 * milliseconds once it has created them ({@code app.workflow.config.EngineMillisecondsOnH2}).
 */
@Configuration(proxyBeanMethods = false)
class MillisecondTimestamps {

    @Bean
    static BeanPostProcessor millisecondTimestampsOnMariaDb() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof MariaDbDataSource) ? new MariaDbDataSource(ds) : bean;
            }
        };
    }

    /** Wraps connections once the first one shows a MariaDB server behind MySQL Connector/J. */
    static final class MariaDbDataSource extends DelegatingDataSource {

        private volatile Boolean mariaDbThroughConnectorJ;

        MariaDbDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(super.getConnection(username, password));
        }

        private Connection wrap(Connection connection) throws SQLException {
            Boolean needed = mariaDbThroughConnectorJ;
            if (needed == null) {
                needed = MariaDbMilliseconds.needed(connection);
                mariaDbThroughConnectorJ = needed;
            }
            return needed ? MariaDbMilliseconds.wrap(connection) : connection;
        }
    }
}
