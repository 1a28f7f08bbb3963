package org.spotcheck.app.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox's page and count statements as they were before the per-candidate read model (ADR 0014 before its
 * amendment, main at e32ab19, TaskInboxMapper.xml): a union of the engine's index ranges (assignee, owner, candidate
 * user, candidate groups), each task read by key, sorted and cut; STRAIGHT_JOIN unless a product filter is set.
 * {@link InboxBenchmark} runs them against the same seeded database, interleaved with today's statements, so the
 * before and after figures come from the same run. Test code only; the expanded SQL for one group.
 */
final class PreviousInboxSql {

    private PreviousInboxSql() {
    }

    private static String matching(boolean product) {
        return " FROM (SELECT ID_ FROM ACT_RU_TASK WHERE ASSIGNEE_ = ?"
                + " UNION SELECT ID_ FROM ACT_RU_TASK WHERE OWNER_ = ?"
                + " UNION SELECT TASK_ID_ FROM ACT_RU_IDENTITYLINK WHERE USER_ID_ = ? AND TYPE_ = 'candidate' AND TASK_ID_ IS NOT NULL"
                + " UNION SELECT TASK_ID_ FROM ACT_RU_IDENTITYLINK WHERE GROUP_ID_ IN (?) AND TYPE_ = 'candidate' AND TASK_ID_ IS NOT NULL) V"
                + " JOIN ACT_RU_TASK T ON T.ID_ = V.ID_"
                + (product ? " JOIN sys_task_info I ON I.process_instance_id = T.PROC_INST_ID_" : "")
                + " WHERE (T.ASSIGNEE_ IS NULL OR T.ASSIGNEE_ = ? OR T.OWNER_ = ?)" + (product ? " AND I.product_code = ?" : "");
    }

    /** The count and the page's task ids, as the previous statements gave them. */
    record Answer(long total, List<String> ids) {
    }

    static Answer run(Connection c, String user, String group, String product, String sort, String dir, int size, int offset) throws SQLException {
        String join = product == null ? "/*! STRAIGHT_JOIN */ " : "";
        String column = switch (sort) {
            case "due" -> "DUE_DATE_";
            case "name" -> "NAME_";
            default -> "CREATE_TIME_";
        };
        String order = " ORDER BY T." + column + " " + dir + ", T.ID_ " + dir;
        long total;
        try (PreparedStatement s = c.prepareStatement("SELECT " + join + "COUNT(*)" + matching(product != null))) {
            bind(s, user, group, product);
            total = first(s);
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT T.ID_, T.TASK_DEF_KEY_, T.NAME_, D.KEY_, T.PROC_INST_ID_, P.BUSINESS_KEY_, T.ASSIGNEE_,"
                + " T.CREATE_TIME_, T.DUE_DATE_, T.PRIORITY_, EV.TEXT_, TI.product_code"
                + " FROM (SELECT " + join + "T.ID_" + matching(product != null) + order + " LIMIT ? OFFSET ?) PG"
                + " JOIN ACT_RU_TASK T ON T.ID_ = PG.ID_ LEFT JOIN ACT_RU_EXECUTION P ON P.ID_ = T.PROC_INST_ID_"
                + " LEFT JOIN ACT_RE_PROCDEF D ON D.ID_ = T.PROC_DEF_ID_ LEFT JOIN sys_task_info TI ON TI.process_instance_id = T.PROC_INST_ID_"
                + " LEFT JOIN ACT_RU_VARIABLE EV ON EV.EXECUTION_ID_ = T.PROC_INST_ID_ AND EV.NAME_ = 'enterpriseCode' AND EV.TASK_ID_ IS NULL"
                + order)) {
            int i = bind(s, user, group, product);
            s.setInt(i++, size);
            s.setInt(i, offset);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return new Answer(total, ids);
    }

    private static int bind(PreparedStatement s, String user, String group, String product) throws SQLException {
        int i = 1;
        s.setString(i++, user);
        s.setString(i++, user);
        s.setString(i++, user);
        s.setString(i++, group);
        s.setString(i++, user);
        s.setString(i++, user);
        if (product != null) {
            s.setString(i++, product);
        }
        return i;
    }

    private static long first(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
