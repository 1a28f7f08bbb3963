package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's "done means", swept rather than sampled: with cases in sampling, under objection and past a failed
 * re-inspection, every page each demo user can reach from its menu (following the links on the pages, two of a
 * kind) is opened in Chinese and in English and read as a person reads it (the text, not the markup). No page
 * answers 500, no enum name shows (OBJECTION_ACCEPTED, FAIL, DRAFT...), a Chinese page carries no English sentence
 * and an English page no Chinese one.
 */
class LanguageSweepTest extends ResultHandlingE2e {

    /** An enum constant's shape: two upper-case words joined by underscores, or a bare status word. */
    private static final Pattern RAW_CODE = Pattern.compile(
            "\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b|\\b(?:PASS|FAIL|DRAFT|DRAFTED|REVIEWED|SUBMITTED|APPROVED|ISSUED|BOTH|BACKUP|SUCCESS|PENDING|REJECTED|ACCEPTED)\\b");
    /**
     * Two English words in a row (a Chinese page's English phrase). Abbreviations in capitals (PDF, CSV, API) are
     * not words here, and the menu's language switch reads English on purpose.
     */
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]*[a-z][A-Za-z]*(?:[ ,]+[A-Za-z]*[a-z][A-Za-z]*)+\\b");
    /** A Chinese run of four characters or more (an English page's Chinese sentence; names are shorter or listed). */
    private static final Pattern CHINESE_RUN = Pattern.compile("[\\p{IsHan}][\\p{IsHan}，、：；（）]{3,}");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    @Test
    void everyPageEachDemoUserReachesReadsInOneLanguageWithoutCodes() {
        ResultHandlingFlow.Case failed = flow.failedFirstReinspection();
        ResultHandlingFlow.Case objected = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(objected, List.of("TP-07")).status()).isEqualTo(204);
        SpotCheckFlow spotCheck = flow.spotCheck();
        spotCheck.approvedCase(spotCheck.submittedPlan("PLASTIC_BAG"));

        List<String> users = List.of("planner", "plan-reviewer", "sampler-a", "lab1-tester", "lab1-approver", failed.enterprise(),
                objected.enterprise(), "officer", "province-officer", "enforcer", "sysadmin", "secadmin", "auditor");
        Map<String, Set<String>> findings = new HashMap<>();
        Set<String> chineseOnEnglish = new TreeSet<>();
        for (String user : users) {
            for (String lang : List.of("zh_CN", "en")) {
                // the menu, the lists, the cases, the tasks and the account pages at least
                assertThat(sweep(new Browserless(port, user), user, lang, findings, chineseOnEnglish)).as(user + " " + lang).isGreaterThanOrEqualTo(8);
            }
        }
        for (String lang : List.of("zh_CN", "en")) {
            assertThat(sweep(Browserless.anonymous(port), "public", lang, findings, chineseOnEnglish)).as("public " + lang).isGreaterThanOrEqualTo(3);
        }
        chineseOnEnglish.forEach(s -> System.out.println("SWEEP-HAN " + s));
        assertThat(findings).isEmpty();
        // brief bil18: a lab or an authority with an English name is named so on an English page (enterprises' legal names
        // stay Chinese; an organisation registered without an English name keeps its Chinese one)
        List<String> labsAndAuthorities = api.get("sysadmin", "/api/admin/organisations").json().valueStream()
                .filter(o -> !"ENTERPRISE".equals(o.get("orgType").asString()) && o.path("nameEn").asString(null) != null)
                .map(o -> o.get("name").asString()).toList();
        assertThat(labsAndAuthorities).isNotEmpty();
        assertThat(chineseOnEnglish).as("a lab's or authority's Chinese name on an English page")
                .filteredOn(seen -> labsAndAuthorities.stream().anyMatch(seen::contains)).isEmpty();
    }

    /** walk 17h: the menu read 何静 (officer), the login beside the name; the login is now its tooltip only. */
    @Test
    void theMenuNamesTheUserByNameAndKeepsTheLoginForTheTooltip() {
        for (String lang : List.of("zh_CN", "en")) {
            String page = new Browserless(port, "officer").get("/tasks?lang=" + lang).body();
            Matcher user = Pattern.compile("<span [^>]*id=\"current-user\"[^>]*>([^<]*)</span>").matcher(page);
            assertThat(user.find()).as(page).isTrue();
            assertThat(user.group(1)).isEqualTo("何静");
            assertThat(user.group(0)).contains(lang.equals("en") ? "title=\"Login name: officer\"" : "title=\"登录名：officer\"");
        }
    }

    private int sweep(Browserless browser, String user, String lang, Map<String, Set<String>> findings, Set<String> han) {
        Deque<String> queue = new ArrayDeque<>(user.equals("public") ? List.of("/public/plans", "/public/results", "/login")
                : List.of("/tasks", "/"));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> kinds = new HashMap<>();
        int opened = 0;
        int read = 0;
        while (!queue.isEmpty() && opened < 90) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            String kind = path.replaceAll("\\?.*", "").replaceAll("[0-9]+|[A-Z]{2,}[-A-Z0-9]*", "N");
            if (kinds.merge(kind, 1, Integer::sum) > 2) {
                continue;
            }
            Browserless.Page page = browser.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            opened++;
            String where = user + " " + lang + " " + path;
            if (page.status() >= 500) {
                findings.computeIfAbsent(where, k -> new TreeSet<>()).add("HTTP " + page.status());
                continue;
            }
            if (page.status() != 200 || !page.body().contains("<html")) {
                continue;
            }
            read++;
            // a value marked as written in the other language (an organisation's English name on a Chinese page) is read as
            // such, and a name a user typed (translate="no": an API token's name) as typed
            String own = Pattern.compile("(?s)<(\\w+)[^>]*\\b(?:lang=\"" + (lang.equals("en") ? "zh[^\"]*" : "en") + "\"|translate=\"no\")[^>]*>.*?</\\1>")
                    .matcher(SCRIPT.matcher(page.body()).replaceAll(" ")).replaceAll(" ");
            String text = TAG.matcher(own).replaceAll(" ")
                    .replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\\s+", " ");
            Matcher raw = RAW_CODE.matcher(text);
            while (raw.find()) {
                findings.computeIfAbsent(where, k -> new TreeSet<>()).add("code " + context(text, raw.start(), raw.end()));
            }
            if (lang.equals("zh_CN")) {
                Matcher english = ENGLISH_PHRASE.matcher(text);
                while (english.find()) {
                    findings.computeIfAbsent(where, k -> new TreeSet<>()).add("english " + context(text, english.start(), english.end()));
                }
            } else {
                Matcher chinese = CHINESE_RUN.matcher(text);
                while (chinese.find()) {
                    han.add(chinese.group() + "  <- " + where);
                }
            }
            Matcher href = HREF.matcher(page.body());
            while (href.find()) {
                String link = href.group(1).replace("&amp;", "&").replaceAll("[?&]lang=[^&]*", "");
                if (link.startsWith("/logout") || link.startsWith("/api") || link.startsWith("/webjars") || link.startsWith("/css")
                        || link.startsWith("/js") || link.contains(".") || link.contains("export") || link.contains("download")
                        || link.contains("/pdf") || link.contains("/files") || link.contains("/attachments")) {
                    continue;
                }
                queue.add(link);
            }
        }
        return read;
    }

    private static String context(String text, int start, int end) {
        return "[" + text.substring(start, end) + "] in …" + text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)) + "…";
    }
}
