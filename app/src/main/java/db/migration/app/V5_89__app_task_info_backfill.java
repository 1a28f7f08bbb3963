package db.migration.app;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the inbox's read model {@code sys_task_info} for the process instances that are running when
 * it is introduced (ADR 0014). A Java migration because Flyway runs before the engine creates its
 * tables (stack-notes.md §3): on a fresh database there are no {@code ACT_} tables yet and nothing to
 * fill, later rows come from {@code TaskInfoRecorder}.
 */
public class V5_89__app_task_info_backfill extends BaseJavaMigration {

    static final String BACKFILL = """
            INSERT INTO sys_task_info (process_instance_id, product_code, region_code, created_at)
            SELECT E.ID_,
                   (SELECT MAX(V.TEXT_) FROM ACT_RU_VARIABLE V WHERE V.EXECUTION_ID_ = E.ID_ AND V.TASK_ID_ IS NULL AND V.NAME_ = 'productCode'),
                   (SELECT MAX(V.TEXT_) FROM ACT_RU_VARIABLE V WHERE V.EXECUTION_ID_ = E.ID_ AND V.TASK_ID_ IS NULL AND V.NAME_ = 'regionCode'),
                   CURRENT_TIMESTAMP(3)
              FROM ACT_RU_EXECUTION E
             WHERE E.ID_ = E.PROC_INST_ID_
               AND NOT EXISTS (SELECT 1 FROM sys_task_info I WHERE I.process_instance_id = E.ID_)
            """;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!tableExists(connection, "ACT_RU_EXECUTION") || !tableExists(connection, "ACT_RU_VARIABLE")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(BACKFILL);
        }
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
