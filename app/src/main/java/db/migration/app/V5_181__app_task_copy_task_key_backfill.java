package db.migration.app;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code sys_task_copy.task_key} (V5_180) of the copies made before it from the engine's task history. A Java
 * migration because Flyway runs before the engine creates its tables (stack-notes.md §3): on a fresh database there
 * is no {@code ACT_HI_TASKINST} and no copy to fill.
 */
public class V5_181__app_task_copy_task_key_backfill extends BaseJavaMigration {

    public static final String BACKFILL = """
            UPDATE sys_task_copy
               SET task_key = (SELECT MAX(H.TASK_DEF_KEY_) FROM ACT_HI_TASKINST H WHERE H.ID_ = sys_task_copy.task_id)
             WHERE task_key IS NULL
            """;

    @Override
    public void migrate(Context context) throws SQLException {
        if (!V5_89__app_task_info_backfill.tableExists(context.getConnection(), "ACT_HI_TASKINST")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.executeUpdate(BACKFILL);
        }
    }
}
