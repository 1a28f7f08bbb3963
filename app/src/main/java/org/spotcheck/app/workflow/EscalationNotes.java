package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spotcheck.app.security.OrganisationMapper;
import org.spotcheck.app.security.OrganisationNames;
import org.spotcheck.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The note an overdue task's escalation leaves on the task (a Flowable comment, plain text): written in Chinese, as the
 * case's record keeps it (逾期督办至 南京市市场监督管理局 局领导审批), and read on an English page in English, each
 * organisation and role by its English name (EnglishOrganisationNamesTest saw the Chinese note on English case pages).
 * A note it cannot read whole stays as written.
 */
@Component
public class EscalationNotes {

    private final MessageSource messages;
    private final OrganisationMapper organisations;
    private final OrganisationNames names;

    EscalationNotes(MessageSource messages, OrganisationMapper organisations, OrganisationNames names) {
        this.messages = messages;
        this.organisations = organisations;
        this.names = names;
    }

    /** The note for these groups (ROLE or ROLE:ORG), in Chinese. */
    public String write(List<String> groups) {
        List<String> parts = new ArrayList<>();
        for (String group : groups) {
            parts.add(group(group, Locale.SIMPLIFIED_CHINESE));
        }
        return messages.getMessage("deadline.escalatedTo", new Object[] {String.join("、", parts)}, Locale.SIMPLIFIED_CHINESE);
    }

    /** A task's note in the reader's language: an escalation note in English on an English page, any other as written. */
    public String read(String note) {
        Locale locale = LocaleContextHolder.getLocale();
        String prefix = messages.getMessage("deadline.escalatedTo", new Object[] {""}, Locale.SIMPLIFIED_CHINESE);
        if (note == null || !"en".equals(locale.getLanguage()) || !note.startsWith(prefix)) {
            return note;
        }
        List<String> english = new ArrayList<>();
        List<OrganisationMapper.OrganisationRow> known = organisations.list(); // once per note, not per part and role
        for (String part : note.substring(prefix.length()).split("、")) {
            String group = groupOf(part.strip(), known);
            if (group == null) {
                return note;
            }
            english.add(group(group, locale));
        }
        return messages.getMessage("deadline.escalatedTo", new Object[] {String.join(", ", english)}, locale);
    }

    private String group(String group, Locale locale) {
        int colon = group.indexOf(':');
        String role = colon < 0 ? group : group.substring(0, colon);
        String roleName = messages.getMessage("role." + role, null, role, locale);
        return colon < 0 ? roleName : names.org(group.substring(colon + 1), locale) + " " + roleName;
    }

    /** The group a Chinese part names (局领导审批, or 南京市市场监督管理局 局领导审批), or null. */
    private String groupOf(String part, List<OrganisationMapper.OrganisationRow> known) {
        for (Role role : Role.values()) {
            String roleName = messages.getMessage("role." + role.name(), null, null, Locale.SIMPLIFIED_CHINESE);
            if (roleName == null || !part.endsWith(roleName)) {
                continue;
            }
            String org = part.substring(0, part.length() - roleName.length()).strip();
            if (org.isEmpty()) {
                return role.name();
            }
            for (OrganisationMapper.OrganisationRow row : known) {
                if (org.equals(names.org(row.code, Locale.SIMPLIFIED_CHINESE))) {
                    return role.name() + ":" + row.code;
                }
            }
        }
        return null;
    }
}
