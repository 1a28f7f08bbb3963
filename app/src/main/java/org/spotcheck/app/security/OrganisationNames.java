package org.spotcheck.app.security;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spotcheck.planning.api.AuthorityView;
import org.spotcheck.planning.api.LabView;
import org.spotcheck.planning.api.Registers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An organisation's name for its code in the reader's language (issue 17, brief bil17): on an English page its English
 * name where the register gives one (sys_organisation.name_en, V5_220), else the name as registered. An enterprise's
 * legal name is Chinese (a proper noun) and stays so unless the register gives an English one. Pages reach it through
 * {@link PageNames}. A lab or authority added only in the planning register (名录库: pln_lab, pln_authority, V1_100)
 * has no sys_organisation row, or one without an English name: its name is then the register's (brief bil18).
 */
@Component
public class OrganisationNames {

    private final OrganisationMapper organisations;
    /** Chinese names do not change once given; only names found are kept. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** English names; forgotten when the administrator sets one ({@link #forget}). */
    private final Map<String, String> namesEn = new ConcurrentHashMap<>();

    private final ObjectProvider<Registers> registers;

    OrganisationNames(OrganisationMapper organisations, ObjectProvider<Registers> registers) {
        this.organisations = organisations;
        this.registers = registers;
    }

    /** The organisation's name in the given language, the code where the register has none. */
    public String org(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> kept = english ? namesEn : names;
        String cached = kept.get(code);
        if (cached != null) {
            return cached;
        }
        OrganisationMapper.OrganisationRow row = organisations.find(code);
        String name = row == null ? null : english && present(row.nameEn) ? row.nameEn : row.name;
        if (row == null || row.name == null || english && !present(row.nameEn)) {
            String[] registered = registered(code);
            if (registered != null) {
                name = english && present(registered[1]) ? registered[1] : present(name) ? name : registered[0];
            }
        }
        if (!present(name)) {
            return code;
        }
        kept.put(code, name);
        return name;
    }

    /** The planning register's Chinese and English names of a lab or authority of this code, or null. */
    private String[] registered(String code) {
        Registers register = registers.getIfAvailable();
        if (register == null) {
            return null;
        }
        for (LabView lab : register.labs()) {
            if (code.equals(lab.code())) {
                return new String[] {lab.name(), lab.nameEn()};
            }
        }
        for (AuthorityView authority : register.authorities()) {
            if (code.equals(authority.code())) {
                return new String[] {authority.name(), authority.nameEn()};
            }
        }
        return null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * A name kept with a record (a lab's name copied with a plan item or a sample) as the reader reads it: on an English
     * page the organisation's English name where its code has one, else the name as kept.
     */
    public String orgOr(String code, String keptName) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage()) || code == null || code.isBlank()) {
            return keptName == null ? org(code, locale) : keptName;
        }
        String named = org(code, locale);
        return named.equals(code) && keptName != null ? keptName : named;
    }

    /** Forgets the English name kept for an organisation whose English name was set (the Chinese name never changes). */
    void forget(String code) {
        namesEn.remove(code);
    }
}
