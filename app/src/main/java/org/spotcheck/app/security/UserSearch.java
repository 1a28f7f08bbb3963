package org.spotcheck.app.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.shared.Paged;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 用户管理's list searched and paged in SQL (issue 17.4): by username or name, organisation, role and state. */
@Service
public class UserSearch {

    /** The states a user can be searched by. */
    public static final List<String> STATES = List.of("ENABLED", "DISABLED");

    private final UserAccountMapper accounts;
    private final Clock clock = Clock.systemUTC();

    UserSearch(UserAccountMapper accounts) {
        this.accounts = accounts;
    }

    /**
     * One page of the users that match, by organisation and username, with how many match in all; a criterion that
     * is not one of the choices (an unknown role or state) is no criterion.
     */
    @Transactional(readOnly = true)
    public Paged<AccountViews.UserView> search(String name, String orgCode, String role, String state, int page, int size) {
        int pageSize = size == 50 ? 50 : 20;
        int from = Math.max(1, page);
        String knownRole = role != null && Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role)) ? role : null;
        Boolean enabled = "ENABLED".equals(state) ? Boolean.TRUE : "DISABLED".equals(state) ? Boolean.FALSE : null;
        String like = name == null || name.isBlank() ? null
                : "%" + name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        UserAccountMapper.UserCriteria c = new UserAccountMapper.UserCriteria(like,
                orgCode == null || orgCode.isBlank() ? null : orgCode.strip(), knownRole, enabled);
        List<UserAccountMapper.UserAccountRow> rows = accounts.search(c, pageSize, Paged.offset(from, pageSize));
        Map<String, List<String>> roles = new HashMap<>();
        if (!rows.isEmpty()) {
            for (UserAccountMapper.UserRoleRow row : accounts.rolesOf(rows.stream().map(r -> r.username).toList())) {
                roles.computeIfAbsent(row.username, k -> new ArrayList<>()).add(row.role);
            }
        }
        java.time.Instant now = clock.instant();
        return new Paged<>(rows.stream().map(r -> AccountAdministration.view(r, roles.getOrDefault(r.username, List.of()), now)).toList(),
                accounts.countSearch(c), from, pageSize);
    }
}
