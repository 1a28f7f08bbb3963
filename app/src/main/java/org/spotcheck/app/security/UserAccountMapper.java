package org.spotcheck.app.security;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_user, sys_user_role and sys_recovery_code. */
@Mapper
public interface UserAccountMapper {

    UserAccountRow find(@Param("username") String username);

    List<String> roles(@Param("username") String username);

    int count();

    /** An account that needs no password change and no second-factor enrolment (demo and test accounts). */
    void insert(@Param("username") String username, @Param("passwordHash") String passwordHash,
            @Param("displayName") String displayName, @Param("orgCode") String orgCode, @Param("orgType") String orgType,
            @Param("regionCode") String regionCode, @Param("createdAt") Instant createdAt);

    /** An account created by the system administrator: its initial password must be changed at first login. */
    void insertNew(@Param("username") String username, @Param("passwordHash") String passwordHash,
            @Param("displayName") String displayName, @Param("orgCode") String orgCode, @Param("orgType") String orgType,
            @Param("regionCode") String regionCode, @Param("createdAt") Instant createdAt);

    void insertRole(@Param("username") String username, @Param("role") String role);

    int deleteRole(@Param("username") String username, @Param("role") String role);

    List<UserAccountRow> list();

    /** The users list's search as SQL takes it (issue 17.4): LIKE pattern already escaped. */
    record UserCriteria(String name, String orgCode, String role, Boolean enabled) {
    }

    List<UserAccountRow> search(@Param("c") UserCriteria criteria, @Param("limit") int limit, @Param("offset") long offset);

    long countSearch(@Param("c") UserCriteria criteria);

    List<UserRoleRow> rolesOf(@Param("usernames") List<String> usernames);

    /** Enabled accounts of an organisation that hold one of the roles, by username (the colleague picker). */
    List<Colleague> members(@Param("orgCode") String orgCode, @Param("roles") java.util.Collection<String> roles);

    /** An account as a colleague picker shows it. */
    record Colleague(String username, String displayName) {
    }

    List<UserRoleRow> allRoles();

    /** Marks the seeded demo accounts: no forced password change and no forced second-factor enrolment. */
    void markDemo(@Param("username") String username);

    /** A demo account's name changed where it is still the one seeded before (DemoDataLoader); 0 when it is not. */
    int renameDemo(@Param("username") String username, @Param("formerName") String formerName, @Param("name") String name);

    /** How many of these (demo) accounts {@link #markDemo} would still change: 0 once they are marked. */
    int countDemoToMark(@Param("usernames") java.util.List<String> usernames);

    /** How many of these (demo) accounts still carry one of the names seeded before (renameDemo); 0 once renamed. */
    int countDemoToRename(@Param("usernames") java.util.List<String> usernames, @Param("formerNames") java.util.List<String> formerNames);

    int setEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

    /** The address reminders and served notices are e-mailed to; null removes it. */
    int setEmail(@Param("username") String username, @Param("email") String email);

    /** The language of the account's e-mails (zh or en); null when never chosen (Chinese). */
    String mailLang(@Param("username") String username);

    int setMailLang(@Param("username") String username, @Param("mailLang") String mailLang);

    int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash,
            @Param("mustChange") boolean mustChange, @Param("changedAt") Instant changedAt);

    void recordFailure(@Param("username") String username);

    /** Locks the account if it has reached {@code threshold} failures; returns 1 if it did. */
    int lockIfReached(@Param("username") String username, @Param("threshold") int threshold, @Param("until") Instant until);

    void resetFailures(@Param("username") String username);

    int unlock(@Param("username") String username);

    void enableTotp(@Param("username") String username, @Param("secret") String secret, @Param("step") long step);

    int useTotpStep(@Param("username") String username, @Param("step") long step);

    int resetTotp(@Param("username") String username);

    void insertRecoveryCode(@Param("username") String username, @Param("codeHash") String codeHash);

    int useRecoveryCode(@Param("username") String username, @Param("codeHash") String codeHash, @Param("usedAt") Instant usedAt);

    void deleteRecoveryCodes(@Param("username") String username);

    int unusedRecoveryCodes(@Param("username") String username);

    /** Row of sys_user. */
    class UserAccountRow {
        public String username;
        public String passwordHash;
        public String displayName;
        public String orgCode;
        public String orgType;
        public String regionCode;
        public Boolean enabled;
        public Boolean mustChangePassword;
        public Boolean secondFactorExempt;
        public Integer failedAttempts;
        public Instant lockedUntil;
        public Instant createdAt;
        public String email;
        public Instant passwordChangedAt;
        public String totpSecret;
        public Boolean totpEnabled;
        public Long totpLastStep;
    }

    /** Row of sys_user_role. */
    class UserRoleRow {
        public String username;
        public String role;
    }
}
