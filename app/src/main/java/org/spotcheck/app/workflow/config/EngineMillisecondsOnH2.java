package org.spotcheck.app.workflow.config;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's times keep milliseconds on H2 too (issue 12 point 6; on MariaDB see
 * {@code app.db.MillisecondTimestamps}). H2 in MySQL mode cannot run Flowable's H2 DDL, so the engine runs its
 * MySQL dialect there ({@code spotcheck.flowable.database-type}, stack-notes.md §4). H2 reports version 2.x, which
 * Flowable 8 takes for a MySQL below 5.6 ({@code AbstractSqlScriptBasedDbSchemaManager}), so it strips the fractions
 * ({@code datetime(3)} → {@code datetime}), and H2 makes that a whole-second TIMESTAMP(0): two steps in the same
 * second lost their order. Once the engine has created or updated its tables, every such column of the {@code ACT_}
 * tables is widened to TIMESTAMP(3) with H2's {@code SET DATA TYPE}, which keeps nullability, defaults and indexes;
 * an existing H2 file database is widened on its next start. Nothing happens on a server database.
 */
@Configuration(proxyBeanMethods = false)
class EngineMillisecondsOnH2 {

    @Bean
    SmartInitializingSingleton widenEngineTimesOnH2(DataSource dataSource, ObjectProvider<ProcessEngine> engine) {
        return () -> {
            if (engine.getIfAvailable() == null) {
                return; // no engine, no engine tables
            }
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
            if (url == null || !url.startsWith("jdbc:h2:")) {
                return;
            }
            List<Map<String, Object>> columns = jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME LIKE 'ACT\\_%' ESCAPE '\\' AND DATA_TYPE = 'TIMESTAMP'"
                    + " AND DATETIME_PRECISION < 3");
            for (Map<String, Object> column : columns) {
                jdbc.execute("ALTER TABLE \"" + column.get("TABLE_NAME") + "\" ALTER COLUMN \"" + column.get("COLUMN_NAME")
                        + "\" SET DATA TYPE TIMESTAMP(3)");
            }
        };
    }
}
