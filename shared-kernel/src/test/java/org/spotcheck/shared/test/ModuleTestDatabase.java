package org.spotcheck.shared.test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database of a domain module's own tests (issue 16.4), imported by the module's test-only application:
 * an in-memory H2 in MySQL mode, or, under the Spring profile {@code mysql} (Maven {@code -Pmysql}), the server
 * of SPOTCHECK_DB_URL / _USER / _PASSWORD as in .ci/run. Flyway runs only the module's migrations
 * ({@code db/migration/<module>}) and keeps its history in a table of the module's prefix
 * ({@code <prefix>schema_history}). The module's tables are dropped before the migration and again when the
 * test JVM ends (a shutdown hook on a connection of its own: the context may never be closed), so the modules
 * of one reactor, and the app's suite after them, each find the database without the others' tables.
 *
 * <p>The module is the one of the test application's package ({@code org.spotcheck.<module>.…}).
 */
@Configuration(proxyBeanMethods = false)
public class ModuleTestDatabase {

    /** Each module's table prefix (architecture.md §3; TablePrefixTest in app checks the SQL keeps to it). */
    static final Map<String, String> TABLE_PREFIXES = Map.of("planning", "pln_", "sampling", "smp_", "testing", "tst_",
            "disposal", "dsp_");

    private final String module;
    private final String prefix;

    public ModuleTestDatabase(BeanFactory beanFactory) {
        String[] packageName = AutoConfigurationPackages.get(beanFactory).get(0).split("\\.");
        this.module = packageName.length > 2 ? packageName[2] : "";
        this.prefix = TABLE_PREFIXES.get(module);
        if (prefix == null) {
            throw new IllegalStateException("not a domain module's test application: " + String.join(".", packageName));
        }
    }

    private record Login(String url, String user, String password) {
    }

    @Bean
    DataSource dataSource(Environment environment) {
        Login login = new Login("jdbc:h2:mem:" + module + "-module;MODE=MySQL;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        if (environment.matchesProfiles("mysql")) {
            String url = environment.getProperty("SPOTCHECK_DB_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("profile mysql: set SPOTCHECK_DB_URL, SPOTCHECK_DB_USER and SPOTCHECK_DB_PASSWORD");
            }
            login = new Login(url, environment.getProperty("SPOTCHECK_DB_USER"), environment.getProperty("SPOTCHECK_DB_PASSWORD", ""));
        }
        Login atExit = login;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(atExit.url(), atExit.user(), atExit.password())) {
                dropTables(connection);
            } catch (SQLException | RuntimeException e) {
                System.err.println("the " + module + " module's tests left their " + prefix + " tables: " + e);
            }
        }, module + "-module-tables"));
        DataSource built = DataSourceBuilder.create().url(login.url()).username(login.user()).password(login.password()).build();
        // as the application's DataSource (app.db.MillisecondTimestamps): MariaDB keeps the milliseconds
        return new org.springframework.jdbc.datasource.DelegatingDataSource(built) {
            @Override
            public Connection getConnection() throws SQLException {
                return keepMilliseconds(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return keepMilliseconds(super.getConnection(username, password));
            }
        };
    }

    private static Connection keepMilliseconds(Connection connection) throws SQLException {
        return org.spotcheck.shared.jdbc.MariaDbMilliseconds.needed(connection)
                ? org.spotcheck.shared.jdbc.MariaDbMilliseconds.wrap(connection) : connection;
    }

    @Bean
    FlywayConfigurationCustomizer onlyThisModulesMigrations() {
        return configuration -> configuration.locations("classpath:db/migration/" + module).table(prefix + "schema_history");
    }

    @Bean
    FlywayMigrationStrategy fromNothing(DataSource dataSource) {
        return flyway -> {
            try (Connection connection = dataSource.getConnection()) {
                dropTables(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            flyway.migrate();
        };
    }

    /** Drops every table of the module's prefix, its Flyway history among them. */
    void dropTables(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            List<String> tables = tables(connection);
            if (tables.isEmpty()) {
                return;
            }
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                statement.execute("DROP TABLE IF EXISTS \"" + String.join("\", \"", tables) + "\" CASCADE");
            } else {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                try {
                    statement.execute("DROP TABLE IF EXISTS `" + String.join("`, `", tables) + "`");
                } finally {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the " + prefix + " tables of the " + module + " module's tests", e);
        }
    }

    private List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
