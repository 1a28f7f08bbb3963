package org.spotcheck.app.security;

import java.time.Clock;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changes his own password: the current one first, then the policy; his other sessions end. */
@Service
public class PasswordChange {

    private final UserAccountMapper accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SessionControl sessions;
    private final LoginAuditListener logins;
    private final Clock clock = Clock.systemUTC();

    PasswordChange(UserAccountMapper accounts, PasswordEncoder passwords, PasswordPolicy policy, SessionControl sessions,
            LoginAuditListener logins) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
        this.logins = logins;
    }

    /** Changes the password; {@code keepSessionId} is the caller's own page session (null over the API). */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void change(String username, String currentPassword, String newPassword, String keepSessionId, String remoteAddr) {
        UserAccountMapper.UserAccountRow row = accounts.find(username);
        if (row == null || currentPassword == null || !passwords.matches(currentPassword, row.passwordHash)) {
            logins.recordFailure(username, remoteAddr);
            throw InvalidInputException.of("currentPassword", "WRONG_PASSWORD", "the current password is wrong");
        }
        policy.check("newPassword", username, newPassword);
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "SAME_PASSWORD", "choose a different password");
        }
        accounts.updatePassword(username, passwords.encode(newPassword), false, clock.instant());
        int ended = sessions.endSessions(username, keepSessionId);
        AuditFilter.describe("changed own password; other sessions ended: " + ended);
    }
}
