package org.spotcheck.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.spotcheck.app.audit.AuditEvent;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (MLPS 8.1.4.1 d: a cryptographic technique beside the password; ASVS 6.3.3):
 * TOTP enrolment with ten one-time recovery codes, and the check at page login. Wrong codes count
 * towards the same lockout as wrong passwords.
 */
@Service
public class SecondFactorService {

    /** Session attribute: the password was right, the second factor is still to come. */
    public static final String PENDING_SESSION_ATTRIBUTE = SecondFactorService.class.getName() + ".pending";

    public static final int RECOVERY_CODES = 10;
    public static final String ISSUER = "Spotcheck";
    private static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountMapper accounts;
    private final LoginAuditListener logins;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();

    SecondFactorService(UserAccountMapper accounts, LoginAuditListener logins, AuditLog auditLog) {
        this.accounts = accounts;
        this.logins = logins;
        this.auditLog = auditLog;
    }

    /**
     * Enrols the secret if the code from the authenticator app matches it; returns the recovery
     * codes, shown once and stored only as SHA-256 (80 random bits each).
     */
    @Transactional
    public List<String> enrol(String username, String secret, String code) {
        OptionalLong step = Totp.verify(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "WRONG_CODE", "the code does not match; check the phone's clock");
        }
        accounts.enableTotp(username, secret, step.getAsLong());
        accounts.deleteRecoveryCodes(username);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder c = new StringBuilder();
            for (int j = 0; j < 16; j++) {
                if (j > 0 && j % 4 == 0) {
                    c.append('-');
                }
                c.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            codes.add(c.toString());
            accounts.insertRecoveryCode(username, ApiTokenService.sha256(normalise(c.toString())));
        }
        return codes;
    }

    /**
     * Checks a TOTP code (not a reused one) or an unused recovery code; a wrong one counts as a
     * failed login. Returns whether it was accepted.
     */
    @Transactional
    public boolean verify(String username, String code, String remoteAddr) {
        UserAccountMapper.UserAccountRow row = accounts.find(username);
        if (row == null || !Boolean.TRUE.equals(row.totpEnabled) || code == null) {
            return false;
        }
        Instant now = clock.instant();
        String clean = code.strip();
        OptionalLong step = Totp.verify(row.totpSecret, clean, now, row.totpLastStep);
        boolean accepted;
        String how;
        if (step.isPresent()) {
            accepted = accounts.useTotpStep(username, step.getAsLong()) == 1; // loses a race against the same code: replay
            how = "TOTP";
        } else {
            accepted = accounts.useRecoveryCode(username, ApiTokenService.sha256(normalise(clean)), now) == 1;
            how = "recovery code; " + (accepted ? accounts.unusedRecoveryCodes(username) + " left" : "");
        }
        if (accepted) {
            auditLog.appendQuietly(AuditEvent.of(username, row.orgCode, "LOGIN_SECOND_FACTOR", "/login/totp", AuditOutcome.SUCCESS,
                    remoteAddr, how));
        } else {
            auditLog.appendQuietly(AuditEvent.of(username, row.orgCode, "LOGIN_SECOND_FACTOR_FAILED", "/login/totp",
                    AuditOutcome.DENIED, remoteAddr, "wrong, reused or expired code"));
            logins.recordFailure(username, remoteAddr);
        }
        return accepted;
    }

    /** Whether the account is locked now (after too many wrong codes). */
    @Transactional(readOnly = true)
    public boolean locked(String username) {
        UserAccountMapper.UserAccountRow row = accounts.find(username);
        return row == null || row.lockedUntil != null && row.lockedUntil.isAfter(clock.instant());
    }

    private static String normalise(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
