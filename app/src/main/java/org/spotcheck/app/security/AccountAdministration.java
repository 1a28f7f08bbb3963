package org.spotcheck.app.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's work (系统管理员): accounts and organisations. He creates an account
 * with a random initial password that must be changed at first login, disables and enables it,
 * and resets its password; he grants no roles (the security administrator does).
 */
@Service
public class AccountAdministration {

    /** Lower-case login names: letters, digits, '.', '_' and '-' (no spaces or control characters). */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final Pattern ORG_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    /**
     * Names no account may take (compared after NFKC normalisation, trimming and lower-casing): the
     * system actor's name, the built-in or conventional super-user names of the platforms the app runs
     * on (Flowable's demo users, database and OS super-users) and the names that read as the
     * application or an administrator. Also every name starting with {@code system} or {@code sys-},
     * and {@code api-token-} (the actors of lab API tokens). Issue 13.1: an account named
     * {@code system} must never pass for the system actor.
     */
    static final java.util.Set<String> RESERVED_USERNAMES = java.util.Set.of("system", "admin", "administrator", "root",
            "anonymous", "anonymoususer", "guest", "flowable", "kermit", "gonzo", "fozzie", "superuser", "sa", "spotcheck",
            "security", "audit", "auditor", "sysadmin", "secadmin", "null", "nobody", "daemon", "support", "service");

    /** Whether a requested login name is reserved (see {@link #RESERVED_USERNAMES}). */
    static boolean reserved(String requested) {
        String name = java.text.Normalizer.normalize(requested, java.text.Normalizer.Form.NFKC).strip()
                .toLowerCase(java.util.Locale.ROOT);
        return RESERVED_USERNAMES.contains(name) || name.startsWith("system") || name.startsWith("sys-")
                || name.startsWith("api-token-");
    }

    private final UserAccountMapper accounts;
    private final OrganisationMapper organisations;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SessionControl sessions;
    private final OrganisationNames names;
    private final Clock clock = Clock.systemUTC();

    AccountAdministration(UserAccountMapper accounts, OrganisationMapper organisations, PasswordEncoder passwords,
            PasswordPolicy policy, SessionControl sessions, OrganisationNames names) {
        this.accounts = accounts;
        this.names = names;
        this.organisations = organisations;
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<AccountViews.UserView> users() {
        Map<String, List<String>> roles = new HashMap<>();
        for (UserAccountMapper.UserRoleRow row : accounts.allRoles()) {
            roles.computeIfAbsent(row.username, k -> new ArrayList<>()).add(row.role);
        }
        Instant now = clock.instant();
        return accounts.list().stream().map(row -> view(row, roles.getOrDefault(row.username, List.of()), now)).toList();
    }

    @Transactional(readOnly = true)
    public AccountViews.UserView user(String username) {
        UserAccountMapper.UserAccountRow row = existing(username);
        return view(row, accounts.roles(username), clock.instant());
    }

    static AccountViews.UserView view(UserAccountMapper.UserAccountRow row, List<String> roles, Instant now) {
        boolean locked = row.lockedUntil != null && row.lockedUntil.isAfter(now);
        boolean required = SeparationOfDuties.needsSecondFactor(roles.stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet()))
                && !Boolean.TRUE.equals(row.secondFactorExempt);
        return new AccountViews.UserView(row.username, row.displayName, row.orgCode, row.orgType, row.regionCode,
                Boolean.TRUE.equals(row.enabled), List.copyOf(roles), Boolean.TRUE.equals(row.mustChangePassword),
                Boolean.TRUE.equals(row.totpEnabled), required, locked, locked ? row.lockedUntil : null, row.createdAt, row.email);
    }

    @Transactional
    public AccountViews.InitialPassword createUser(Actor by, AccountViews.NewUser command) {
        String username = command.username() == null ? null : command.username().strip();
        if (username != null && reserved(username)) {
            throw InvalidInputException.of("username", "RESERVED_USERNAME",
                    "the username is reserved");
        }
        if (username == null || !USERNAME.matcher(username).matches() || username.startsWith("api-token-")) {
            throw InvalidInputException.of("username", "INVALID_USERNAME",
                    "3-64 lower-case letters, digits, '.', '_' or '-'");
        }
        String displayName = text("displayName", command.displayName(), 100);
        OrganisationMapper.OrganisationRow org = command.orgCode() == null ? null : organisations.find(command.orgCode());
        if (org == null) {
            throw InvalidInputException.of("orgCode", "UNKNOWN_ORGANISATION", "unknown organisation");
        }
        if (accounts.find(username) != null) {
            throw new ConflictException("USERNAME_TAKEN", "the username is taken", username);
        }
        String initial = policy.initialPassword();
        accounts.insertNew(username, passwords.encode(initial), displayName, org.code, org.orgType, org.regionCode,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        AuditFilter.describe("created account " + username + " of " + org.code + " by " + by.username());
        return new AccountViews.InitialPassword(username, initial);
    }

    @Transactional
    public AccountViews.UserView setEnabled(Actor by, String username, boolean enabled) {
        existing(username);
        if (by.username().equals(username)) {
            throw new AccessRefusedException("NOT_YOURSELF", "you cannot disable your own account");
        }
        accounts.setEnabled(username, enabled);
        int ended = enabled ? 0 : sessions.endSessions(username, null);
        AuditFilter.describe((enabled ? "enabled " : "disabled ") + username + (enabled ? "" : "; sessions ended: " + ended));
        return user(username);
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /** Sets the address reminders and served notices are e-mailed to (blank removes it). */
    @Transactional
    public AccountViews.UserView setEmail(Actor by, String username, String email) {
        existing(username);
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 200 || !EMAIL.matcher(address).matches())) {
            throw org.spotcheck.shared.InvalidInputException.of("email", "INVALID_EMAIL", "not an e-mail address");
        }
        accounts.setEmail(username, address);
        AuditFilter.describe("e-mail of " + username + (address == null ? " removed" : " set"));
        return user(username);
    }

    /** The language the account's e-mails are written in: zh (the default) or en (issue 17). */
    @Transactional(readOnly = true)
    public String mailLanguage(String username) {
        String lang = accounts.mailLang(username);
        return lang == null ? "zh" : lang;
    }

    /** Sets the language of the account's e-mails: zh or en, anything else is refused beside the field. */
    @Transactional
    public void setMailLanguage(Actor by, String username, String lang) {
        existing(username);
        if (lang == null || !java.util.Set.of("zh", "en").contains(lang)) {
            throw org.spotcheck.shared.InvalidInputException.of("mailLang", "NOT_A_CHOICE", "zh or en");
        }
        accounts.setMailLang(username, lang);
        AuditFilter.describe("mail language of " + username + " set to " + lang);
    }

    @Transactional
    public AccountViews.InitialPassword resetPassword(Actor by, String username) {
        UserAccountMapper.UserAccountRow target = existing(username);
        if (by.username().equals(username)) {
            throw new AccessRefusedException("NOT_YOURSELF", "change your own password on the account page");
        }
        // 三员分立 (GB/T 22239-2019 8.1.4.2, administrators' separation of duties): the system administrator
        // resets business accounts only; the password of an administrator (system, security, audit) is
        // reset by the security administrator, who in turn resets no business account
        boolean adminTarget = accounts.roles(username).stream().anyMatch(AccountAdministration::administrative);
        if (adminTarget && !by.has(Role.SEC_ADMIN) || !adminTarget && !by.has(Role.SYS_ADMIN)) {
            AuditFilter.describe("refused password reset of " + username + " by " + by.username());
            throw new AccessRefusedException(adminTarget ? "ADMIN_RESET_NEEDS_SECURITY_ADMIN" : "BUSINESS_RESET_NEEDS_SYSTEM_ADMIN",
                    adminTarget ? "only the security administrator resets an administrator's password"
                            : "the system administrator resets a business account's password");
        }
        String initial = policy.initialPassword();
        accounts.updatePassword(username, passwords.encode(initial), true, clock.instant());
        // the new owner of the password enrols the second factor again: whoever had the old one's
        // authenticator must not be able to complete a login with the new password
        boolean secondFactorReset = Boolean.TRUE.equals(target.totpEnabled) || target.totpSecret != null;
        accounts.resetTotp(username);
        accounts.deleteRecoveryCodes(username);
        int ended = sessions.endSessions(username, null);
        AuditFilter.describe("reset password of " + username + (secondFactorReset ? "; second factor enrolment reset" : "")
                + "; sessions ended: " + ended);
        return new AccountViews.InitialPassword(username, initial);
    }

    private static boolean administrative(String role) {
        return role.equals(Role.SYS_ADMIN.name()) || role.equals(Role.SEC_ADMIN.name()) || role.equals(Role.AUDITOR.name());
    }

    @Transactional(readOnly = true)
    public List<AccountViews.OrganisationView> organisations() {
        return organisations.list().stream().map(o -> new AccountViews.OrganisationView(o.code, o.orgType, o.name, o.regionCode, o.address,
                o.docPrefix, o.nameEn)).toList();
    }

    @Transactional
    public AccountViews.OrganisationView createOrganisation(Actor by, AccountViews.NewOrganisation command) {
        String code = command.code() == null ? null : command.code().strip();
        if (code == null || !ORG_CODE.matcher(code).matches()) {
            throw InvalidInputException.of("code", "INVALID_CODE", "2-32 upper-case letters, digits or '-'");
        }
        if (command.orgType() == null) {
            throw InvalidInputException.of("orgType", "REQUIRED", "orgType required");
        }
        String name = text("name", command.name(), 200);
        List<org.spotcheck.shared.FieldViolation> nameViolations = new ArrayList<>();
        String nameEn = optional("nameEn", command.nameEn(), NAME_EN_MAX, nameViolations);
        if (!nameViolations.isEmpty()) {
            throw new InvalidInputException(nameViolations);
        }
        if (!RegionCode.isValid(command.regionCode())) {
            throw InvalidInputException.of("regionCode", "INVALID_REGION", "a 6-digit GB/T 2260 region code");
        }
        if (organisations.find(code) != null) {
            throw new ConflictException("ORGANISATION_EXISTS", "the organisation code is taken", code);
        }
        organisations.insert(code, command.orgType().name(), name, nameEn, command.regionCode(), by.username(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        AuditFilter.describe("created organisation " + code + " (" + command.orgType() + ")");
        return new AccountViews.OrganisationView(code, command.orgType().name(), name, command.regionCode(), null, null, nameEn);
    }

    /** Longest English name (sys_organisation.name_en VARCHAR(200), V5_220). */
    static final int NAME_EN_MAX = 200;

    /** Longest postal address (sys_organisation.address). */
    static final int ADDRESS_MAX = 300;
    /** Longest 文号 prefix (sys_organisation.doc_prefix), e.g. 宁市监 or 苏州市监. */
    static final int DOC_PREFIX_MAX = 16;

    /**
     * Sets an organisation's letterhead (issue 17.3, ADR 0021): the address printed on its documents and the prefix of
     * its 文号 (宁市监 in 宁市监抽〔2026〕12号). Each is optional (blank clears it; documents then fall back to the
     * shortened name), single-line, without control characters, within its column's length; a prefix has no spaces and
     * no 〔〕 or 号, which the number adds itself. Audited with the values before and after.
     */
    @Transactional
    public AccountViews.OrganisationView updateLetterhead(Actor by, String code, AccountViews.Letterhead letterhead) {
        OrganisationMapper.OrganisationRow row = code == null ? null : organisations.find(code);
        if (row == null) {
            throw new NotFoundException("organisation", code);
        }
        List<org.spotcheck.shared.FieldViolation> violations = new ArrayList<>();
        String address = optional("address", letterhead.address(), ADDRESS_MAX, violations);
        String prefix = optional("docPrefix", letterhead.docPrefix(), DOC_PREFIX_MAX, violations);
        // brief bil17: the English name is edited with the letterhead; absent (null) leaves it, blank clears it
        boolean nameEnGiven = letterhead.nameEn() != null;
        String nameEn = nameEnGiven ? optional("nameEn", letterhead.nameEn(), NAME_EN_MAX, violations) : row.nameEn;
        if (prefix != null && !prefix.matches("[^\\s〔〕\\[\\]()（）号]+")) {
            violations.add(new org.spotcheck.shared.FieldViolation("docPrefix", "DOC_PREFIX_FORM",
                    "a prefix has no spaces, brackets or 号: the number adds them"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        organisations.updateLetterhead(code, address, prefix);
        if (nameEnGiven && !java.util.Objects.equals(nameEn, row.nameEn)) {
            organisations.updateNameEn(code, nameEn);
            names.forget(code);
        }
        AuditFilter.describe("organisation " + code + " letterhead: address " + quoted(row.address) + " -> " + quoted(address)
                + ", 文号 prefix " + quoted(row.docPrefix) + " -> " + quoted(prefix) + ", English name " + quoted(row.nameEn)
                + " -> " + quoted(nameEn) + " by " + by.username());
        return new AccountViews.OrganisationView(code, row.orgType, row.name, row.regionCode, address, prefix, nameEn);
    }

    /** A value for the audit record's detail (at most 500 characters in all): quoted, a long address shortened. */
    private static String quoted(String value) {
        return value == null ? "none" : "'" + (value.length() > 100 ? value.substring(0, 100) + "…" : value) + "'";
    }

    /** An optional single-line text: null when blank, else stripped and checked. */
    private static String optional(String field, String value, int max, List<org.spotcheck.shared.FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (org.spotcheck.shared.ControlCharacters.in(stripped) || stripped.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            violations.add(new org.spotcheck.shared.FieldViolation(field, org.spotcheck.shared.ControlCharacters.RULE,
                    "no control characters, one line"));
        } else if (stripped.codePointCount(0, stripped.length()) > max) {
            violations.add(new org.spotcheck.shared.FieldViolation(field, "TOO_LONG", "at most " + max + " characters", List.<Object>of(max)));
        }
        return stripped;
    }

    private UserAccountMapper.UserAccountRow existing(String username) {
        UserAccountMapper.UserAccountRow row = username == null ? null : accounts.find(username);
        if (row == null) {
            throw new NotFoundException("user", username);
        }
        return row;
    }

    /** A required single-line text: stored as given (never evaluated), without control characters. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "REQUIRED", "required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw InvalidInputException.of(field, "TOO_LONG", "at most " + max + " characters", max);
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of(field, "CONTROL_CHARACTERS", "no control characters");
        }
        return stripped;
    }
}
