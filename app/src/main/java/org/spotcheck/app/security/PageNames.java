package org.spotcheck.app.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spotcheck.app.web.ProblemTexts;
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
    /** An organisation code standing alone (AUTH-320100, ENT-B, LAB1), not the start of a number like LAB1-2026-000001. */
    private static final Pattern ORG_CODE = Pattern.compile("(?<![\\w-])(AUTH-\\d{6}|ENT-[A-Z0-9]+|LAB\\d+)(?![\\w-])");
    /** A stored code word: IN_PERSON, NONCONFORMING, GENERAL. */
    private static final Pattern CODE_WORD = Pattern.compile("(?<![\\w-])[A-Z]{2,}(?:_[A-Z]+)*(?![\\w-])");
    /**
     * Where a code word in a stored note finds its label, in this order; a case's status last (an old log line
     * 复查未在期限内组织（RECTIFYING） showed the code in both languages: brief codes17).
     */
    private static final String[] CODE_LABELS = {"pages.code.", "notice.method.", "dsp.conclusion.", "dsp.grade.", "verdict.",
        "dsp.status."};

    private final OrganisationMapper organisations;
    private final UserAccountMapper accounts;
    private final MessageSource messages;
    private final OrganisationNames orgs;
    /** Names do not change once given; only names found are kept. */
    private final Map<String, String> userNames = new ConcurrentHashMap<>();

    PageNames(OrganisationMapper organisations, UserAccountMapper accounts, MessageSource messages, OrganisationNames orgs) {
        this.organisations = organisations;
        this.orgs = orgs;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The organisation's name for its code in the reader's language ({@link OrganisationNames#org(String, Locale)}). */
    public String org(String code) {
        return orgs.org(code, LocaleContextHolder.getLocale());
    }

    /** The organisation's name in the given language (an e-mail's, a notification's reader's). */
    public String org(String code, Locale locale) {
        return orgs.org(code, locale);
    }

    /** A name kept with a record as the reader reads it ({@link OrganisationNames#orgOr}). */
    public String orgOr(String code, String keptName) {
        return orgs.orgOr(code, keptName);
    }

    /**
     * The region's name for its GB/T 2260 code: the bundle's {@code region.<code>} in the reader's
     * language, else the place an authority of that region is named after, else the code.
     */
    public String region(String code) {
        return region(code, LocaleContextHolder.getLocale());
    }

    /** The region's name in the given language (an e-mail's, a notification's reader's). */
    public String region(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
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

    /**
     * A task's step as the reader reads it: the bundle's {@code step.<taskKey>} in his language (an English page
     * showed the BPMN's Chinese step names), else the name the process gives it.
     */
    public String step(String taskKey, String name) {
        String named = taskKey == null ? null : messages.getMessage("step." + taskKey, null, null, LocaleContextHolder.getLocale());
        return named != null ? named : name == null ? "" : name;
    }

    /**
     * A case's process as the reader reads it: on an English page the bundle's {@code case.diagram.process.<key>}
     * (the case page's title read 产品质量监督抽查任务 at ?lang=en), else the process's own name.
     */
    public String process(String processKey, String processName) {
        Locale locale = LocaleContextHolder.getLocale();
        String named = processKey == null || !"en".equals(locale.getLanguage()) ? null
                : messages.getMessage("case.diagram.process." + processKey, null, null, locale);
        return named != null ? named : processName == null ? "" : processName;
    }

    /**
     * Steps, each as {@link #step} names it from its id and its stored name, joined in the reader's way (、 or a comma).
     * The case page's current steps come from {@code CaseTimeline.currentStepNames}, which calls this with its own
     * data (this package must not depend on the workflow's types: no package cycles).
     */
    public String steps(java.util.List<String> ids, java.util.function.Function<String, String> storedName) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return ids.stream().map(id -> step(id, storedName.apply(id)))
                .distinct().collect(Collectors.joining(english ? ", " : "、"));
    }

    /**
     * A report's conclusion as the reader reads it: the report's own Chinese wording on a Chinese page, on an English
     * page the conclusion's and the grade's labels (the lab's list showed 不合格（一般不合格） at ?lang=en).
     */
    public String conclusion(String conclusion, String conclusionZh, String grade) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage()) || conclusion == null) {
            return conclusionZh == null ? "" : conclusionZh;
        }
        String label = messages.getMessage("dsp.conclusion." + conclusion, null, null, locale);
        if (label == null) {
            return conclusionZh == null ? conclusion : conclusionZh;
        }
        String graded = grade == null ? null : messages.getMessage("dsp.grade." + grade, null, null, locale);
        return graded == null ? label : label + " (" + graded + ")";
    }

    /**
     * The person's name for a username; the system's steps (timers, automatic records) read 系统 / System
     * (issue 12: never the login {@code system}); the username where no account has it.
     */
    public String user(String username) {
        return user(username, LocaleContextHolder.getLocale());
    }

    /** The person's name, the system's in the given language. */
    public String user(String username, Locale locale) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (org.spotcheck.shared.Actor.SYSTEM.username().equals(username)) {
            return messages.getMessage("names.system", null, "系统", locale);
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

    /**
     * A note stored by a module (a timeline comment) as the reader should see it: of an old
     * "中文 / English" text only the reader's half, organisation codes as names, and the code words the
     * bundles have a label for (IN_PERSON, NONCONFORMING, GENERAL, NO_OBJECTION) as labels.
     */
    public String text(String note) {
        return text(note, LocaleContextHolder.getLocale());
    }

    /** A stored note in the given language, as {@link #text(String)}. */
    public String text(String note, Locale locale) {
        if (note == null || note.isBlank()) {
            return "";
        }
        String text = isPair(note) ? ProblemTexts.oneLanguage(note, locale) : stored(note, locale);
        Matcher orgs = ORG_CODE.matcher(text);
        StringBuilder named = new StringBuilder();
        int from = 0;
        while (orgs.find(from)) {
            String name = org(orgs.group(1), locale);
            String registered = org(orgs.group(1), Locale.CHINESE);
            named.append(text, from, orgs.start());
            from = orgs.end();
            // "AUTH-320000 江苏省市场监督管理局": the name already follows, the code goes; on an English page the Chinese
            // name that follows reads as the English one (brief bil17)
            if (text.startsWith(" " + name, from)) {
                continue;
            }
            if (!registered.equals(name) && text.startsWith(" " + registered, from)) {
                from += 1 + registered.length();
            }
            named.append(name);
        }
        named.append(text, from, text.length());
        text = named.toString().replaceAll("^ +", "");
        Matcher words = CODE_WORD.matcher(text);
        StringBuilder labelled = new StringBuilder();
        while (words.find()) {
            String label = null;
            for (String prefix : CODE_LABELS) {
                label = messages.getMessage(prefix + words.group(), null, null, locale);
                if (label != null) {
                    break;
                }
            }
            words.appendReplacement(labelled, Matcher.quoteReplacement(label != null ? label : words.group()));
        }
        words.appendTail(labelled);
        return labelled.toString();
    }

    /** The bundle's stored texts ({@code stored.*}): Chinese pattern and key, the most specific (longest) first. */
    private volatile java.util.List<Map.Entry<String, String>> storedPatterns;

    /**
     * A note stored as the Chinese text of one of the bundle's {@code stored.*} keys (custody notes, the plan's
     * 抽查任务 1 项, receipt 入库, notices, referral facts; issue 17) read in the reader's language: the stored text is
     * matched against the key's Chinese pattern and its arguments are set in the reader's pattern, each argument that
     * is itself a stored text read the same way. A Chinese reader gets the note as stored, and a note that matches no
     * stored text (a person's own words) stays as written. Rows stored before keep their text and read the same way.
     */
    public String stored(String note, Locale locale) {
        if (note == null || note.isBlank() || !"en".equals(locale.getLanguage())
                || note.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return note;
        }
        return stored(note, locale, 0);
    }

    private String stored(String note, Locale locale, int depth) {
        for (Map.Entry<String, String> pattern : storedPatterns()) {
            Object[] args = parse(pattern.getKey(), note);
            if (args == null) {
                continue;
            }
            Object[] read = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                String arg = args[i] == null ? "" : args[i].toString();
                read[i] = depth < 3 && !arg.isEmpty() ? stored(arg, locale, depth + 1) : arg;
            }
            return messages.getMessage(pattern.getValue(), read, note, locale);
        }
        return note;
    }

    /** The arguments when the note is exactly the pattern's text, else null. */
    private static Object[] parse(String pattern, String note) {
        // most notes match no pattern: a note that does not start with the pattern's literal head cannot match, so
        // skip compiling the pattern for it (an English page reads every log line against every stored.* pattern)
        int brace = pattern.indexOf('{');
        String head = brace < 0 ? pattern : pattern.substring(0, brace);
        if (head.indexOf('\'') < 0 && !note.startsWith(head)) {
            return null;
        }
        try {
            java.text.MessageFormat format = new java.text.MessageFormat(pattern, Locale.ROOT);
            if (format.getFormats().length == 0) {
                return pattern.equals(note) || format.format(new Object[0]).equals(note) ? new Object[0] : null;
            }
            java.text.ParsePosition at = new java.text.ParsePosition(0);
            Object[] args = format.parse(note, at);
            if (args == null || at.getIndex() != note.length() || !format.format(args).equals(note)) {
                return null;
            }
            for (Object arg : args) {
                if (arg != null && !balanced(arg.toString())) {
                    return null; // 亮度（白度）（B类） split inside a bracket: not this pattern's argument
                }
            }
            return args;
        } catch (IllegalArgumentException notAPattern) {
            return null;
        }
    }

    private java.util.List<Map.Entry<String, String>> storedPatterns() {
        java.util.List<Map.Entry<String, String>> read = storedPatterns;
        if (read == null) {
            java.util.Properties bundle = new java.util.Properties();
            try (java.io.InputStream in = PageNames.class.getResourceAsStream("/messages.properties")) {
                if (in != null) {
                    bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException unreadable) {
                throw new java.io.UncheckedIOException(unreadable);
            }
            // the referral facts' keys (stored.referral.*) are disposal's (ReferralFactsTexts), not in this bundle
            read = bundle.stringPropertyNames().stream().filter(key -> key.startsWith("stored."))
                    .map(key -> Map.entry(bundle.getProperty(key), key))
                    .sorted(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> literalLength(e.getKey())).reversed()
                            .thenComparing(Map.Entry::getValue))
                    .toList();
            storedPatterns = read;
        }
        return read;
    }

    /** Whether every bracket of the text closes after it opens, (), （） and 「」 alike. */
    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '（' || c == '「') {
                depth++;
            } else if (c == ')' || c == '）' || c == '」') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** The pattern's own text, without its placeholders: the more of it, the more specific the pattern. */
    private static int literalLength(String pattern) {
        return pattern.replaceAll("\\{\\d+[^}]*}", "").length();
    }

    /**
     * Whether the note is an old "中文 / English" pair: an English sentence of three words or more
     * after the " / ". A slash between two values ("封样 test A-T / backup A-B") is no pair.
     */
    private static boolean isPair(String note) {
        int at = note.indexOf(" / ");
        while (at >= 0) {
            String en = note.substring(at + 3);
            if (note.substring(0, at).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && en.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && en.strip().split("\\s+").length >= 3 && !en.matches(".*\\d.*")) {
                return true;
            }
            at = note.indexOf(" / ", at + 3);
        }
        return false;
    }

    /**
     * A person in a picker (转办/委托, 抄送, 会签): his name and his roles' labels in the reader's language
     * (王芳 · 计划编制 / 王芳 · Planner), never his login (issue 17).
     */
    public String colleague(String username, String displayName) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = displayName == null || displayName.isBlank() ? user(username, locale) : displayName;
        String roles = accounts.roles(username).stream().sorted()
                .map(role -> messages.getMessage("role." + role, null, role, locale)).collect(Collectors.joining(listSeparator()));
        return roles.isEmpty() ? name : name + " · " + roles;
    }

    /** 、 between names on a Chinese page, ", " on an English one. */
    private static String listSeparator() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? ", " : "、";
    }

    /** The organisations' names, joined with 、 (", " in English). */
    public String orgs(Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(this::org).collect(Collectors.joining(listSeparator()));
    }

    /** The people's names, joined with 、 (", " in English). */
    public String users(Collection<String> usernames) {
        if (usernames == null) {
            return "";
        }
        return usernames.stream().map(this::user).collect(Collectors.joining(listSeparator()));
    }

    /**
     * A calendar day's name as the reader reads it: on an English page the statutory holidays the calendar ships with
     * (V5_50, V5_98: 元旦, 春节 … and their 调休上班 working days) from the bundle's {@code holiday.*}, any other name as
     * the administrator wrote it.
     */
    public String holiday(String name) {
        Locale locale = LocaleContextHolder.getLocale();
        if (name == null || !"en".equals(locale.getLanguage())) {
            return name == null ? "" : name;
        }
        String workday = "调休上班";
        boolean adjusted = name.endsWith(workday) && name.length() > workday.length();
        String base = adjusted ? name.substring(0, name.length() - workday.length()) : name;
        String named = messages.getMessage("holiday." + base, null, null, locale);
        if (named == null) {
            return name;
        }
        return adjusted ? messages.getMessage("holiday.adjustedWorkday", new Object[] {named}, named, locale) : named;
    }
}
