package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.spotcheck.app.audit.AuditRecords;
import org.spotcheck.app.security.UserAccountMapper;
import org.spotcheck.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Test accounts inserted directly (one shared bcrypt hash, so they cost one hashing per run) and audit reads. */
final class SecurityFixtures {

    static final String PASSWORD = "Test-Account-Passphrase-7";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile String hash;

    private final UserAccountMapper accounts;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;

    SecurityFixtures(UserAccountMapper accounts, TransactionTemplate transactions, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.passwords = passwords;
    }

    /** A fresh account of the organisation with these roles, password {@link #PASSWORD}, no demo exemption. */
    String account(String prefix, String orgCode, String orgType, String regionCode, Role... roles) {
        if (hash == null) {
            hash = passwords.encode(PASSWORD);
        }
        String username = prefix + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36) + "-" + COUNTER.incrementAndGet();
        transactions.executeWithoutResult(s -> {
            accounts.insert(username, hash, "测试 " + username, orgCode, orgType, regionCode, Instant.now());
            for (Role role : roles) {
                accounts.insertRole(username, role.name());
            }
        });
        return username;
    }

    /**
     * The audit records matching the filter. A request's record is written after its response has gone out, so this
     * first waits until every request sent so far has left the audit filter, then reads once: no polling against
     * the clock (issue 16.6).
     */
    static List<JsonNode> awaitAudit(int port, String query, Predicate<JsonNode> match) {
        awaitAuditRecords();
        WebClient.Reply reply = WebClient.basic(port, "auditor", Api.PASSWORD).get("/api/audit?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().valueStream().filter(match).toList();
    }

    /** Waits until the audit records of every request answered so far are written ({@link AuditRecords#awaitRecorded}). */
    static void awaitAuditRecords() {
        try {
            // called after a request: none seen means the test filter is not registered and the wait would prove nothing
            assertThat(AuditRecords.entered()).as("requests seen by the AuditRecords test filter").isPositive();
            // the bound only turns a hung request into a failure; the wait ends as soon as the records are written
            assertThat(AuditRecords.awaitRecorded(Duration.ofSeconds(60))).as("a request still inside the audit filter after 60 s").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the audit records", e);
        }
    }

    static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
