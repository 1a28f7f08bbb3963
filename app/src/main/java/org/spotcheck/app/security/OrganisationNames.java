package org.spotcheck.app.security;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An organisation's name for its code in the reader's language (issue 17, brief bil17): on an English page its English
 * name where the register gives one (sys_organisation.name_en, V5_220), else the name as registered. An enterprise's
 * legal name is Chinese (a proper noun) and stays so unless the register gives an English one. Pages reach it through
 * {@link PageNames}.
 */
@Component
public class OrganisationNames {

    private final OrganisationMapper organisations;
    /** Chinese names do not change once given; only names found are kept. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** English names; forgotten when the administrator sets one ({@link #forget}). */
    private final Map<String, String> namesEn = new ConcurrentHashMap<>();

    OrganisationNames(OrganisationMapper organisations) {
        this.organisations = organisations;
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
        if (row == null || row.name == null) {
            return code;
        }
        String name = english && row.nameEn != null && !row.nameEn.isBlank() ? row.nameEn : row.name;
        kept.put(code, name);
        return name;
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
