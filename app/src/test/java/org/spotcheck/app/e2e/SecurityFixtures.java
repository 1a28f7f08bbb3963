package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.spotcheck.app.security.UserAccountMapper;
import org.spotcheck.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Test accounts inserted directly (one shared bcrypt hash, so they cost one hashing per run) and audit polling. */
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
     * The audit records matching the filter, waiting briefly: a request's record is written after
     * its response has gone out.
     */
    static List<JsonNode> awaitAudit(int port, String query, Predicate<JsonNode> match) {
        WebClient auditor = WebClient.basic(port, "auditor", Api.PASSWORD);
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        List<JsonNode> found = List.of();
        while (Instant.now().isBefore(until)) {
            WebClient.Reply reply = auditor.get("/api/audit?" + query);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            found = reply.json().valueStream().filter(match).toList();
            if (!found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return found;
    }

    static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
