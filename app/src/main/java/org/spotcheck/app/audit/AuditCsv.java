package org.spotcheck.app.audit;

import java.util.List;

/**
 * CSV export of audit records, safe to open in a spreadsheet: a cell starting with {@code = + - @},
 * tab or carriage return gets a leading apostrophe so it is never read as a formula (ASVS 1.2.10).
 */
public final class AuditCsv {

    static final String HEADER = "seq,occurred_at_utc,actor,actor_org,action,target,outcome,http_status,remote_addr,detail,row_hash";

    private AuditCsv() {
    }

    public static String write(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            out.append(e.seq()).append(',')
                    .append(cell(e.occurredAt().toString())).append(',')
                    .append(cell(e.actor())).append(',')
                    .append(cell(e.actorOrg())).append(',')
                    .append(cell(e.action())).append(',')
                    .append(cell(e.target())).append(',')
                    .append(cell(e.outcome())).append(',')
                    .append(e.httpStatus() == null ? "" : e.httpStatus().toString()).append(',')
                    .append(cell(e.remoteAddr())).append(',')
                    .append(cell(e.detail())).append(',')
                    .append(cell(e.rowHash())).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String safe = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
