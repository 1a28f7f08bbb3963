package db.migration.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The inbox's per-candidate read model {@code sys_inbox_entry} (ADR 0014, amended; issue 14.1): one row per
 * (task, way the task reaches a person) with the task's sort and filter columns, so one inbox page is one
 * index range scan per way (who, kind) in the order of the sort key. Kinds: {@code a} assignee, {@code o} owner,
 * {@code u} candidate user, {@code g} candidate group. {@code visible} is 1 when the row makes the task visible
 * (assignee and owner rows always, candidate rows while the task is unassigned: Flowable's candidate rule);
 * {@code unassigned} is the task's own "not claimed" for the claimable scope. Kept by {@code InboxEntryRecorder}
 * from the engine's live tables after every engine command that changed a task or its candidate links.
 *
 * <p>A Java migration because the DDL differs: on MySQL/MariaDB the table is binary-collated like Flowable's own
 * tables ({@code utf8_bin}), so a name sort and the id tie-break order as {@code ACT_RU_TASK} does, and user and
 * group ids match case-sensitively as the engine matches them. The rows of the tasks that are open when it is
 * introduced are written by {@code InboxEntryFill} once the engine is up: Flyway runs before the engine creates its
 * tables on a fresh database (stack-notes.md §3), and the SQL that writes them is the recorder's.
 */
public class V5_150__app_inbox_entry extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean mysql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
        String text = mysql ? "VARCHAR(%d) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "VARCHAR(%d)";
        // the same types as the engine's columns they copy (Flowable's create scripts), so order and filters agree
        String created = mysql ? "TIMESTAMP(3) NULL" : "TIMESTAMP NULL";
        String due = mysql ? "DATETIME(3) NULL" : "TIMESTAMP NULL";
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE sys_inbox_entry ("
                    + " task_id " + text.formatted(64) + " NOT NULL,"
                    + " kind CHAR(1) NOT NULL,"
                    + " who " + text.formatted(255) + " NOT NULL,"
                    + " visible SMALLINT NOT NULL,"
                    + " unassigned SMALLINT NOT NULL,"
                    + " proc_inst_id " + text.formatted(64) + " NULL,"
                    + " process_key " + text.formatted(255) + " NULL,"
                    + " task_key " + text.formatted(255) + " NULL,"
                    + " name " + text.formatted(255) + " NULL,"
                    + " create_time " + created + ","
                    + " due_date " + due + ","
                    + " PRIMARY KEY (task_id, kind, who))");
            // one index per sort: the page of one (who, kind) is a range read in order, the count a covering range
            s.execute("CREATE INDEX ix_inbox_entry_created ON sys_inbox_entry (who, kind, visible, create_time, task_id)");
            s.execute("CREATE INDEX ix_inbox_entry_due ON sys_inbox_entry (who, kind, visible, due_date, task_id)");
            s.execute("CREATE INDEX ix_inbox_entry_name ON sys_inbox_entry (who, kind, visible, name, task_id)");
            // the business-key filter starts from the instance (Flowable's ACT_IDX_EXEC_BUSKEY) and comes here
            s.execute("CREATE INDEX ix_inbox_entry_instance ON sys_inbox_entry (proc_inst_id)");
        }
    }
}
