package org.spotcheck.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens of labs' systems (a LIMS posting receipts and results): issued by the security
 * administrator for one lab, shown once, stored only as SHA-256 (a random 256-bit token needs no
 * slow hash: it cannot be guessed from a dictionary), expiring (at most one year), revocable. A
 * token acts as a lab tester of its lab and nothing else (ADR 0007).
 */
@Service
public class ApiTokenService {

    /** Longest validity of a token. */
    public static final int MAX_DAYS = 365;
    public static final String PREFIX = "sct_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenMapper tokens;
    private final OrganisationMapper organisations;
    private final Clock clock = Clock.systemUTC();

    ApiTokenService(ApiTokenMapper tokens, OrganisationMapper organisations) {
        this.tokens = tokens;
        this.organisations = organisations;
    }

    /** A token just issued; {@code token} is shown this once and never stored. */
    public record IssuedToken(long id, String token, String labCode, String name, Instant expiresAt) implements java.io.Serializable {
    }

    /** A token as listed: never its value. */
    public record TokenView(long id, String name, String labCode, String createdBy, Instant createdAt, Instant expiresAt,
            Instant revokedAt, String revokedBy, boolean active) {
    }

    @Transactional
    public IssuedToken issue(Actor by, String labCode, String name, Integer validDays) {
        OrganisationMapper.OrganisationRow lab = labCode == null ? null : organisations.find(labCode);
        if (lab == null || !OrgType.LAB.name().equals(lab.orgType)) {
            throw InvalidInputException.of("labCode", "NOT_A_LAB", "not a registered lab");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "REQUIRED", "name required, at most 100 characters", 100);
        }
        int days = validDays == null ? 90 : validDays;
        if (days < 1 || days > MAX_DAYS) {
            throw InvalidInputException.of("validDays", "OUT_OF_RANGE", "valid for 1 to " + MAX_DAYS + " days", 1, MAX_DAYS);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApiTokenMapper.ApiTokenRow row = new ApiTokenMapper.ApiTokenRow();
        row.tokenHash = sha256(token);
        row.name = name.strip();
        row.labCode = lab.code;
        row.createdBy = by.username();
        row.createdAt = now;
        row.expiresAt = now.plus(Duration.ofDays(days));
        tokens.insert(row);
        return new IssuedToken(row.id, token, row.labCode, row.name, row.expiresAt);
    }

    /** The lab system a presented token stands for, if the token is known, unexpired and not revoked. */
    @Transactional(readOnly = true)
    public Optional<SpotcheckUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        ApiTokenMapper.ApiTokenRow row = tokens.findByHash(sha256(token));
        if (row == null || row.revokedAt != null || row.expiresAt == null || !row.expiresAt.isAfter(clock.instant())) {
            return Optional.empty();
        }
        OrganisationMapper.OrganisationRow lab = organisations.find(row.labCode);
        if (lab == null) {
            return Optional.empty();
        }
        Actor actor = new Actor("api-token-" + row.id, EnumSet.of(Role.LAB_TESTER), lab.code, OrgType.LAB, lab.regionCode);
        return Optional.of(new SpotcheckUser(actor, row.name + " (API token)", "", true, true, SpotcheckUser.LoginState.TOKEN));
    }

    @Transactional(readOnly = true)
    public List<TokenView> list() {
        Instant now = clock.instant();
        return tokens.list().stream().map(t -> new TokenView(t.id, t.name, t.labCode, t.createdBy, t.createdAt, t.expiresAt,
                t.revokedAt, t.revokedBy, t.revokedAt == null && t.expiresAt != null && t.expiresAt.isAfter(now))).toList();
    }

    @Transactional
    public void revoke(Actor by, long id) {
        if (tokens.find(id) == null) {
            throw new NotFoundException("API token", id);
        }
        tokens.revoke(id, by.username(), clock.instant());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
