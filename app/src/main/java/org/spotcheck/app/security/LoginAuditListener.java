package org.spotcheck.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.spotcheck.app.audit.AuditEvent;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins, failed logins and lockouts (MLPS 8.1.4.1 b, ASVS 6.3.1, 16.3.1): five failed attempts in
 * a row lock the account for 30 minutes; every failure, every lockout and every page login is in
 * the audit log. A success resets the count.
 */
@Component
public class LoginAuditListener {

    /** MLPS 2.0 level 3 (S2 in reliability-security-performance.md): lock after at most 5 failures ... */
    public static final int MAX_FAILURES = 5;
    /** ... for at least 30 minutes (or until the security administrator unlocks the account). */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    private final UserAccountMapper accounts;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();

    LoginAuditListener(UserAccountMapper accounts, AuditLog auditLog) {
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SpotcheckUser user && user.state().failedAttempts() > 0) {
            accounts.resetFailures(user.getUsername());
        }
    }

    /** A page login (HTTP Basic requests are not logins of their own: they are audited as the requests they are). */
    @EventListener
    void interactive(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        String org = auth.getPrincipal() instanceof SpotcheckUser user ? user.actor().orgCode() : null;
        boolean challenged = auth.getPrincipal() instanceof SpotcheckUser user && user.state().totpEnabled();
        auditLog.appendQuietly(AuditEvent.of(auth.getName(), org, "LOGIN", "/login", AuditOutcome.SUCCESS, remote(auth),
                challenged ? "password accepted; second factor pending" : null));
        AuditFilter.markRecorded();
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        if (org.spotcheck.app.web.DatabaseUnavailable.in(event.getException())) {
            return; // the user could not be looked up: not a denial (issue 13.5), and nothing can be written anyway
        }
        Authentication auth = event.getAuthentication();
        String username = auth.getName();
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "BAD_CREDENTIALS"
                : event instanceof AuthenticationFailureLockedEvent ? "ACCOUNT_LOCKED"
                : event instanceof AuthenticationFailureDisabledEvent ? "ACCOUNT_DISABLED"
                : event.getException().getClass().getSimpleName();
        auditLog.appendQuietly(AuditEvent.of(username, null, "LOGIN_FAILED", "/login", AuditOutcome.DENIED, remote(auth), reason));
        AuditFilter.markRecorded();
        if (event instanceof AuthenticationFailureBadCredentialsEvent && username != null && !username.isEmpty()) {
            recordFailure(username, remote(auth));
        }
    }

    /** Counts a failed password or second-factor attempt; the fifth in a row locks the account. */
    public void recordFailure(String username, String remoteAddr) {
        accounts.recordFailure(username);
        Instant until = clock.instant().plus(LOCK_DURATION);
        if (accounts.lockIfReached(username, MAX_FAILURES, until) > 0) {
            auditLog.appendQuietly(AuditEvent.of(username, null, "ACCOUNT_LOCKED", "sys_user/" + username, AuditOutcome.SUCCESS,
                    remoteAddr, MAX_FAILURES + " failed attempts; locked until " + until));
        }
    }

    private static String remote(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
