package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 (ui17): an English page uses English punctuation. Labels written next to a message with an inline
 * full-width colon, bracket or 、 (sample labels, statistics' warning rules, the security officer's user list, the
 * administrator's role list, the drawn samplers on a task page) read "Sample code：" or "Nanjing （authority）" at
 * ?lang=en; they now take the {@code punct.*} keys. The Chinese pages keep their full-width punctuation.
 */
class EnglishPunctuationTest extends SpotCheckE2e {

    private static final Pattern FULL_WIDTH = Pattern.compile("[：（）、，；]");

    private String page(String user, String path) {
        Browserless.Page page = new Browserless(port, user).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    /** The text of every element with the given id prefix (tags dropped), e.g. the label cards or the table's rows. */
    private static List<String> texts(String html, String startMarker, String endMarker) {
        List<String> found = new ArrayList<>();
        int at = html.indexOf(startMarker);
        while (at >= 0) {
            int end = html.indexOf(endMarker, at);
            assertThat(end).as("end of " + startMarker).isPositive();
            found.add(html.substring(at, end).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
            at = html.indexOf(startMarker, end);
        }
        assertThat(found).as(startMarker).isNotEmpty();
        return found;
    }

    private static void assertNoFullWidth(String what, List<String> texts) {
        for (String text : texts) {
            Matcher m = FULL_WIDTH.matcher(text);
            assertThat(m.find()).as(what + ": full-width punctuation in \"" + text + "\"").isFalse();
        }
    }

    @Test
    void theSampleLabelsAtLangEnUseEnglishColonsAndCommas() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        String sampler = flow.samplers(caseCode).get(0);
        flow.sampled(caseCode);
        JsonNode sample = api.get(sampler, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        String path = "/samples/" + sample.get("id").asLong() + "/labels";
        // the enterprise's and the product's names are data (their English names are another matter): left out here
        List<String> english = texts(page(sampler, path + "?lang=en"), "<div class=\"small\">", "</div>\n          </div>").stream()
                .map(t -> t.replace(sample.get("enterpriseName").asString(), "ENTERPRISE")).toList();
        assertThat(english).allSatisfy(t -> assertThat(t).contains("YP-" + caseCode).contains(": "));
        assertNoFullWidth("labels at ?lang=en", english);
        assertThat(page(sampler, path)).contains("样品编号</span>：").contains("封条编号</span>：");
    }

    @Test
    void theWarningRulesOnTheStatisticsPageAtLangEnUseEnglishBrackets() {
        api.post("officer", "/api/disposal/warning-rules", Map.of("name", "punct " + System.nanoTime() % 100_000,
                "kind", "PASS_RATE_BELOW", "thresholdPct", "85.50", "regionCode", "320100"));
        List<String> english = texts(page("officer", "/disposal/statistics?lang=en"), "<li>", "</li>").stream()
                .filter(t -> t.startsWith("punct ")).toList();
        assertThat(english).isNotEmpty().allSatisfy(t -> assertThat(t).contains(" (").contains("Nanjing").endsWith(")"));
        assertNoFullWidth("warning rules at ?lang=en", english);
        assertThat(page("officer", "/disposal/statistics")).containsPattern("<li>punct \\d+（[^<]*南京市[^<]*）</li>");
    }

    @Test
    void theSecurityOfficersAndTheAdministratorsUserListsAtLangEnUseEnglishPunctuation() {
        String security = page("secadmin", "/security/users?lang=en");
        // the organisation's name is data (a demo lab is called 江苏省产品质量监督检验研究院（示例）): the brackets around
        // the organisation's kind are the page's
        List<String> organisations = texts(security, "<td title=\"", "</td>");
        assertThat(organisations).allSatisfy(t -> assertThat(t).matches(".+ \\([A-Za-z ]+\\)").doesNotEndWith("）"));
        assertNoFullWidth("organisation kinds at ?lang=en", organisations.stream().map(t -> t.substring(t.lastIndexOf(" ("))).toList());
        assertThat(page("secadmin", "/security/users")).containsPattern("<td title=\"AUTH-320100\">[^<]+（[^<]+）</td>");

        // the administrator's role column: a user's roles joined with ", " in English, with 、 in Chinese
        String twoRoles = "pun-" + System.nanoTime() % 10_000_000;
        transactions.executeWithoutResult(s -> {
            accounts.insert(twoRoles, passwords.encode(Api.PASSWORD), "双角色 " + twoRoles, "AUTH-320100", "AUTHORITY", "320100",
                    java.time.Instant.now());
            accounts.insertRole(twoRoles, Role.PLANNER.name());
            accounts.insertRole(twoRoles, Role.OFFICER.name());
        });
        String admin = page("sysadmin", "/admin/users?name=" + twoRoles + "&lang=en");
        assertThat(admin).contains(twoRoles).containsPattern("</span>, <span>").doesNotContain("</span>、");
        assertThat(page("sysadmin", "/admin/users?name=" + twoRoles)).contains("</span>、<span>");
    }

    @Test
    void theDrawnSamplersOnAnEnglishTaskPageAreJoinedWithCommas() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER"));
        String sampler = flow.samplers(caseCode).get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        String english = page(sampler, "/tasks/" + task + "?lang=en");
        int at = english.indexOf("<span>", english.indexOf("Samplers drawn"));
        String names = english.substring(at + 6, english.indexOf("</span>", at));
        assertThat(names).contains(", ").doesNotContain("、");
        assertThat(page(sampler, "/tasks/" + task)).containsPattern("抽取的抽样人员</strong>：<span>[^<]+、[^<]+</span>");
    }
}
