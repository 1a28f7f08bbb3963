package org.spotcheck.app.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names for codes on pages ({@code ${@names.org(code)}}, {@code ${@names.region(code)}},
 * {@code ${@names.user(username)}}): people read 南京市市场监督管理局, 南京市 and 张三, not
 * AUTH-320100, 320100 and sampler-a. A code without a name is shown as it is.
 */
@Component("names")
public class PageNames {

    private static final String AUTHORITY_SUFFIX = "市场监督管理局";

    private final OrganisationMapper organisations;
    private final UserAccountMapper accounts;
    private final MessageSource messages;
    /** Names do not change once given; only names found are kept. */
    private final Map<String, String> orgNames = new ConcurrentHashMap<>();
    private final Map<String, String> userNames = new ConcurrentHashMap<>();

    PageNames(OrganisationMapper organisations, UserAccountMapper accounts, MessageSource messages) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The organisation's name (authority, lab or enterprise) for its code. */
    public String org(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String cached = orgNames.get(code);
        if (cached != null) {
            return cached;
        }
        OrganisationMapper.OrganisationRow row = organisations.find(code);
        if (row == null || row.name == null) {
            return code;
        }
        orgNames.put(code, row.name);
        return row.name;
    }

    /**
     * The region's name for its GB/T 2260 code: the bundle's {@code region.<code>} in the reader's
     * language, else the place an authority of that region is named after, else the code.
     */
    public String region(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String named = messages.getMessage("region." + code, null, null, locale);
        if (named != null) {
            return named;
        }
        if (!"en".equals(locale.getLanguage())) {
            for (OrganisationMapper.OrganisationRow row : organisations.list()) {
                if ("AUTHORITY".equals(row.orgType) && code.equals(row.regionCode) && row.name != null
                        && row.name.endsWith(AUTHORITY_SUFFIX)) {
                    return row.name.substring(0, row.name.length() - AUTHORITY_SUFFIX.length());
                }
            }
        }
        return code;
    }

    /** The person's name for a username; the username where no account has it (a system step). */
    public String user(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String cached = userNames.get(username);
        if (cached != null) {
            return cached;
        }
        UserAccountMapper.UserAccountRow row = accounts.find(username);
        if (row == null || row.displayName == null || row.displayName.isBlank()) {
            return username;
        }
        userNames.put(username, row.displayName);
        return row.displayName;
    }

    /** The organisations' names, joined with 、. */
    public String orgs(Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(this::org).collect(Collectors.joining("、"));
    }

    /** The people's names, joined with 、. */
    public String users(Collection<String> usernames) {
        if (usernames == null) {
            return "";
        }
        return usernames.stream().map(this::user).collect(Collectors.joining("、"));
    }
}
