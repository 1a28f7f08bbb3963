package org.spotcheck.app.workflow;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The indexes on the engine's tables that the inbox query needs (ADR 0014, issue 14.1). Flyway runs
 * before the engine creates its {@code ACT_} tables (stack-notes.md §3), so a Flyway migration cannot
 * create them on a fresh database: this runs once the engine is up (it takes the {@link ProcessEngine}),
 * reads which indexes exist and creates the missing ones, on H2 and MariaDB alike. Idempotent; a
 * node that starts at the same time and creates one first is not an error. The indexes of the read
 * model {@code sys_task_info} are in Flyway ({@code V5_88}).
 */
@Component
class InboxIndexes {

    private static final Logger log = LoggerFactory.getLogger(InboxIndexes.class);

    /** index name → table and columns; each serves one branch, filter or sort of TaskInboxMapper.xml. */
    static final Map<String, String[]> INDEXES = new LinkedHashMap<>();

    static {
        // visibility: the candidate links of a group or a user, covering (no row read for the task id)
        INDEXES.put("SYS_IX_IDLINK_GROUP", new String[] {"ACT_RU_IDENTITYLINK", "GROUP_ID_, TYPE_, TASK_ID_"});
        INDEXES.put("SYS_IX_IDLINK_USER", new String[] {"ACT_RU_IDENTITYLINK", "USER_ID_, TYPE_, TASK_ID_"});
        // visibility: assigned to / owned by the caller ("mine" sorted by creation)
        INDEXES.put("SYS_IX_TASK_ASSIGNEE", new String[] {"ACT_RU_TASK", "ASSIGNEE_, CREATE_TIME_"});
        INDEXES.put("SYS_IX_TASK_OWNER", new String[] {"ACT_RU_TASK", "OWNER_"});
        // filters and sorts: step, due date (filter and sort), name (sort); creation has ACT_IDX_TASK_CREATE
        INDEXES.put("SYS_IX_TASK_KEY", new String[] {"ACT_RU_TASK", "TASK_DEF_KEY_, CREATE_TIME_"});
        INDEXES.put("SYS_IX_TASK_DUE", new String[] {"ACT_RU_TASK", "DUE_DATE_, ID_"});
        INDEXES.put("SYS_IX_TASK_NAME", new String[] {"ACT_RU_TASK", "NAME_, ID_"});
    }

    InboxIndexes(ProcessEngine engine, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> existing = new HashSet<>();
            existing.addAll(indexes(connection, "ACT_RU_TASK"));
            existing.addAll(indexes(connection, "ACT_RU_IDENTITYLINK"));
            for (Map.Entry<String, String[]> index : INDEXES.entrySet()) {
                if (!existing.contains(index.getKey())) {
                    create(connection, index.getKey(), index.getValue()[0], index.getValue()[1]);
                }
            }
        } catch (SQLException e) {
            // the inbox stays correct without them, only slower
            log.warn("inbox indexes on the engine's tables not checked: {}", e.getMessage());
        }
    }

    private static void create(Connection connection, String name, String table, String columns) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX " + name + " ON " + table + " (" + columns + ")");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            log.info("created index {} on {} ({})", name, table, columns);
        } catch (SQLException e) {
            // another node created it first, or the table is not there: the inbox stays correct, only slower
            log.warn("index {} on {} not created: {}", name, table, e.getMessage());
        }
    }

    static Set<String> indexes(Connection connection, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String t : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), t, false, true)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null) {
                        names.add(name.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }
}
