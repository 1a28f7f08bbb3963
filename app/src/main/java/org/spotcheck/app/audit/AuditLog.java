package org.spotcheck.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log (sys_audit): append-only and hash-chained. Each row's hash is SHA-256 of the
 * previous row's hash and the row's canonical content, so an edited, inserted or deleted row breaks
 * the chain from that row on; {@link #verify()} walks it. The application has no update or delete
 * statement on the table except {@link #prune}, which removes only a prefix older than the retention
 * period (at least 180 days, Cybersecurity Law art. 21) and records the new anchor in the chain.
 *
 * <p>Appends lock the single head row, so they serialise across application nodes; each runs in its
 * own transaction (a refused or failed request is still recorded).
 */
public class AuditLog {

    /** Cybersecurity Law art. 21: network logs are kept no less than six months; assessors check 180 days. */
    public static final int MINIMUM_RETENTION_DAYS = 180;

    static final String GENESIS = "0".repeat(64);
    static final String PRUNED = "AUDIT_PRUNED";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final int retentionDays;

    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, int retentionDays) {
        if (retentionDays < MINIMUM_RETENTION_DAYS) {
            throw new IllegalArgumentException("spotcheck.audit.retention-days must be at least " + MINIMUM_RETENTION_DAYS
                    + " (Cybersecurity Law art. 21), was " + retentionDays);
        }
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** Appends one record in its own transaction. Returns its sequence number. */
    public long append(AuditEvent event) {
        Long seq = newTransaction.execute(status -> appendLocked(event, lockHead()));
        return seq == null ? 0 : seq;
    }

    /** Appends without failing the caller: an audit failure is logged loudly instead. */
    public void appendQuietly(AuditEvent event) {
        try {
            append(event);
        } catch (RuntimeException e) {
            log.error("AUDIT WRITE FAILED for {} {} by {}: {}", event.action(), event.target(), event.actor(), e.toString());
        }
    }

    private Head lockHead() {
        return jdbc.queryForObject("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM sys_audit_head WHERE id = 1 FOR UPDATE",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
    }

    private Head readHead() {
        return jdbc.queryForObject("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM sys_audit_head WHERE id = 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
    }

    private long appendLocked(AuditEvent event, Head head) {
        long seq = head.lastSeq() + 1;
        // whole seconds: Connector/J sends no fractional seconds to MariaDB (it announces itself as 5.5.5-...),
        // and the stored time must read back exactly as it was hashed; seq orders records within a second
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AuditEntry entry = new AuditEntry(seq, at, clean(event.actor() == null ? "anonymous" : event.actor(), 64),
                clean(event.actorOrg(), 32), clean(event.action(), 40), clean(event.target(), 300), event.outcome().name(),
                event.httpStatus(), clean(event.remoteAddr(), 64), clean(event.detail(), 500), head.lastHash(), null);
        String hash = hash(head.lastHash(), entry);
        jdbc.update("INSERT INTO sys_audit (seq, occurred_at, actor, actor_org, action, target, outcome, http_status, remote_addr, "
                        + "detail, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, Timestamp.from(at), entry.actor(), entry.actorOrg(), entry.action(), entry.target(), entry.outcome(),
                entry.httpStatus(), entry.remoteAddr(), entry.detail(), head.lastHash(), hash);
        jdbc.update("UPDATE sys_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return seq;
    }

    /** Walks the chain from the anchor to the head. */
    public AuditVerification verify() {
        Head head = readHead();
        Instant now = clock.instant();
        long expected = head.anchorSeq() + 1;
        String prev = head.anchorHash();
        long checked = 0;
        long after = head.anchorSeq();
        if (head.anchorSeq() > 0) {
            String problem = checkAnchor(head);
            if (problem != null) {
                return new AuditVerification(false, 0, expected, head.lastSeq(), expected, problem, now);
            }
        }
        while (after < head.lastSeq()) {
            List<AuditEntry> rows = jdbc.query("SELECT * FROM sys_audit WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT " + PAGE,
                    AuditLog::entry, after, head.lastSeq());
            if (rows.isEmpty()) {
                break;
            }
            for (AuditEntry row : rows) {
                if (row.seq() != expected) {
                    return new AuditVerification(false, checked, head.anchorSeq() + 1, head.lastSeq(), expected, "MISSING_ROW", now);
                }
                if (!row.prevHash().equals(prev)) {
                    return new AuditVerification(false, checked, head.anchorSeq() + 1, head.lastSeq(), row.seq(), "LINK_BROKEN", now);
                }
                if (!hash(prev, row).equals(row.rowHash())) {
                    return new AuditVerification(false, checked, head.anchorSeq() + 1, head.lastSeq(), row.seq(), "ROW_CHANGED", now);
                }
                prev = row.rowHash();
                expected++;
                checked++;
            }
            after = rows.get(rows.size() - 1).seq();
        }
        if (expected - 1 != head.lastSeq() || !prev.equals(head.lastHash())) {
            return new AuditVerification(false, checked, head.anchorSeq() + 1, head.lastSeq(), expected, "HEAD_MISMATCH", now);
        }
        return new AuditVerification(true, checked, head.anchorSeq() + 1, head.lastSeq(), null, null, now);
    }

    /** The anchor must be the one the latest pruning recorded inside the chain. */
    private String checkAnchor(Head head) {
        List<String> targets = jdbc.query("SELECT target, detail FROM sys_audit WHERE action = ? AND seq > ? ORDER BY seq DESC LIMIT 1",
                (rs, i) -> rs.getString(1) + "|" + rs.getString(2), PRUNED, head.anchorSeq());
        if (targets.isEmpty()) {
            return "ANCHOR_MISMATCH";
        }
        return targets.get(0).equals(prunedTarget(head.anchorSeq()) + "|" + prunedDetail(head.anchorHash())) ? null : "ANCHOR_MISMATCH";
    }

    /** The records matching the query, newest first unless sorted otherwise. */
    public List<AuditEntry> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM sys_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(query, sql, args);
        // the column comes from a fixed map, never from the request text
        sql.append(" ORDER BY ").append(query.sortColumn()).append(query.descending() ? " DESC" : " ASC");
        if (!"seq".equals(query.sortColumn())) {
            sql.append(", seq").append(query.descending() ? " DESC" : " ASC");
        }
        sql.append(" LIMIT ").append(query.limit()).append(" OFFSET ").append(query.offset());
        return jdbc.query(sql.toString(), AuditLog::entry, args.toArray());
    }

    /** How many records match the query's filters in all (its sort, limit and offset aside): the list's total (issue 17.4). */
    public long count(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM sys_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(query, sql, args);
        Long total = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
        return total == null ? 0 : total;
    }

    private static void where(AuditQuery query, StringBuilder sql, List<Object> args) {
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" AND actor = ?");
            args.add(query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            sql.append(" AND action = ?");
            args.add(query.action().strip());
        }
        if (query.outcome() != null) {
            sql.append(" AND outcome = ?");
            args.add(query.outcome().name());
        }
        if (query.target() != null && !query.target().isBlank()) {
            // a part of the resource; LIKE's wildcards in it are literal (backslash is the default escape of H2 and MariaDB)
            sql.append(" AND target LIKE ?");
            args.add("%" + query.target().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    /**
     * Deletes the oldest records that are older than the retention period, as one prefix of the
     * chain, moves the anchor to the last deleted row and records the pruning in the chain.
     *
     * @return the number of rows deleted
     */
    public int prune(String by) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        Integer deleted = newTransaction.execute(status -> {
            Head head = lockHead();
            Long firstKept = jdbc.queryForObject("SELECT MIN(seq) FROM sys_audit WHERE occurred_at >= ?", Long.class,
                    Timestamp.from(cutoff));
            long last = (firstKept == null ? head.lastSeq() + 1 : firstKept) - 1;
            if (last <= head.anchorSeq()) {
                return 0;
            }
            String anchorHash = jdbc.queryForObject("SELECT row_hash FROM sys_audit WHERE seq = ?", String.class, last);
            int rows = jdbc.update("DELETE FROM sys_audit WHERE seq <= ?", last);
            jdbc.update("UPDATE sys_audit_head SET anchor_seq = ?, anchor_hash = ? WHERE id = 1", last, anchorHash);
            appendLocked(AuditEvent.of(by, null, PRUNED, prunedTarget(last), AuditOutcome.SUCCESS, null,
                    prunedDetail(anchorHash)), lockHead());
            return rows;
        });
        return deleted == null ? 0 : deleted;
    }

    private static String prunedTarget(long anchorSeq) {
        return "sys_audit seq<=" + anchorSeq;
    }

    private static String prunedDetail(String anchorHash) {
        return "anchor=" + anchorHash;
    }

    /** SHA-256 of the previous hash and the row's fields, each length-prefixed so no two rows read alike. */
    static String hash(String prevHash, AuditEntry row) {
        StringBuilder canonical = new StringBuilder(prevHash).append('\n');
        field(canonical, Long.toString(row.seq()));
        field(canonical, Long.toString(row.occurredAt().toEpochMilli()));
        field(canonical, row.actor());
        field(canonical, row.actorOrg());
        field(canonical, row.action());
        field(canonical, row.target());
        field(canonical, row.outcome());
        field(canonical, row.httpStatus() == null ? null : row.httpStatus().toString());
        field(canonical, row.remoteAddr());
        field(canonical, row.detail());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }

    /** Control characters (CR, LF, ESC...) become U+FFFD so no record can forge another line (ASVS 16.4.1). */
    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u202E' ? '\uFFFD' : c);
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        int status = rs.getInt("http_status");
        Integer httpStatus = rs.wasNull() ? null : status;
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_org"), rs.getString("action"), rs.getString("target"), rs.getString("outcome"), httpStatus,
                rs.getString("remote_addr"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("row_hash"));
    }

    private record Head(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {
    }
}
