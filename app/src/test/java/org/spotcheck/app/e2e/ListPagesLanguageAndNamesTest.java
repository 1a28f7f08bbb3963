package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Role;

/**
 * Issue 17 (what was left): every list's pager and filter form keep the page's language (?lang=en: 结果处理's pager
 * dropped it), the lists share one filter row (pager.html), the registers name regions, products and 回避企业 instead
 * of showing their codes, and the inbox's 环节 filter offers no empty choice.
 */
class ListPagesLanguageAndNamesTest extends SpotCheckE2e {

    private static final String KEPT_IN_FORM = "<input type=\"hidden\" name=\"lang\" value=\"en\">";

    private String page(String user, String path) {
        Browserless.Page page = (user == null ? Browserless.anonymous(port) : new Browserless(port, user)).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    @Test
    void everyListsPagerAndFilterFormKeepTheLanguage() {
        String[][] lists = {{"officer", "/disposal/cases?number=YP&lang=en", "number=YP&amp;lang=en&amp;page=2"},
                {"lab1-tester", "/lab-samples?lang=en", "lang=en&amp;page=2"},
                {null, "/public/results?lang=en", "lang=en&amp;page=2"},
                {"planner", "/registers/enterprises?lang=en", "lang=en&amp;page=2"},
                {"planner", "/plans?lang=en", "lang=en&amp;page=2"},
                {"sysadmin", "/admin/users?lang=en", "lang=en&amp;page=2"},
                {"auditor", "/audit?lang=en", "lang=en&amp;page=2"}};
        for (String[] list : lists) {
            String html = page(list[0], list[1]);
            assertThat(html).as(list[1]).contains(KEPT_IN_FORM).contains(list[2]).contains("lang=\"en\"");
        }
        // the shared filter row: a text box keeps what was searched, the page size and the button are the fragment's
        String cases = page("officer", "/disposal/cases?number=YP&size=50&lang=en");
        assertThat(cases).contains("id=\"s-number\" name=\"number\" value=\"YP\"").contains("<option value=\"50\" selected=\"selected\">50</option>")
                .contains("id=\"case-search-submit\"");
        // the inbox: its filter form keeps the language too
        assertThat(page("officer", "/tasks?lang=en")).contains(KEPT_IN_FORM);
        // 已办任务 past its first page: the previous-page link keeps the language (Thymeleaf refuses a
        // request parameter inside a link expression: the page broke off mid-render once an officer had 20 completed tasks)
        assertThat(page("officer", "/tasks/done?page=1&lang=en")).contains("/tasks/done?page=0&amp;lang=en");
        // in Chinese nothing is added
        assertThat(page("officer", "/disposal/cases")).doesNotContain("name=\"lang\"").doesNotContain("lang=en&amp;page");
    }

    @Test
    void theRegistersNameRegionsProductsAndConflictsNotTheirCodes() {
        String enterprises = page("planner", "/registers/enterprises?name=ENT-A");
        String row = row(enterprises, "ENT-A");
        assertThat(row).contains("南京市玄武区").contains("塑料购物袋、纸巾纸").doesNotContain("PLASTIC_BAG")
                .contains("<small class=\"text-muted ms-1 region-code\">320102</small>").doesNotContain("<td class=\"col-region_code\">320102</td>");
        String english = row(page("planner", "/registers/enterprises?name=ENT-A&lang=en"), "ENT-A");
        assertThat(english).contains("Xuanwu District, Nanjing").contains("Plastic shopping bags");

        String labs = row(page("planner", "/registers/labs?name=LAB1"), "LAB1");
        assertThat(labs).contains("南京市").contains("纸巾纸").doesNotContain("TISSUE_PAPER");
        String products = row(page("planner", "/registers/products?name=TISSUE_PAPER"), "TISSUE_PAPER");
        assertThat(products).contains("高风险").doesNotContain(">HIGH<");
        // an inspector's 回避企业 by name (INS-04 of Suzhou stays away from ENT-D)
        String inspectors = row(page("planner-sz", "/registers/inspectors?name=INS-04"), "INS-04");
        assertThat(inspectors).contains("苏州捷安电动车有限公司").doesNotContain(">ENT-D<").contains("苏州市");
    }

    private static String row(String html, String code) {
        int at = html.indexOf("id=\"row-" + code + "\"");
        assertThat(at).as("row " + code).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    void theInboxProductFilterOffersTheProductsByName() {
        // nobody types a product code: the register's products, by name; the chosen one stays chosen
        assertThat(page("officer", "/tasks")).contains("<select class=\"form-select form-select-sm\" id=\"product\" name=\"product\">")
                .contains("<option value=\"TISSUE_PAPER\">纸巾纸</option>").doesNotContain("产品代码");
        assertThat(page("officer", "/tasks?product=TISSUE_PAPER")).contains("<option value=\"TISSUE_PAPER\" selected=\"selected\">纸巾纸</option>");
    }

    /** Issue 17: the inbox's region filter is a choice of the regions of the caller's own tasks, by name, not a code to type. */
    @Test
    void theInboxRegionFilterOffersTheRegionsOfTheCallersTasksByName() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER"));
        String sampler = flow.samplers(caseCode).get(0);
        assertThat(page(sampler, "/tasks")).contains("<select class=\"form-select form-select-sm\" id=\"region\" name=\"region\">")
                .contains("<option value=\"320100\">南京市</option>").doesNotContain("地区代码")
                .doesNotContain("type=\"text\" id=\"region\"");
        assertThat(page(sampler, "/tasks?region=320100&lang=en")).contains("<option value=\"320100\" selected=\"selected\">Nanjing</option>")
                .contains(">All regions</option>");
        // a user without tasks in Suzhou is not offered Suzhou
        assertThat(page(sampler, "/tasks?lang=zh")).doesNotContain(">苏州市</option>");
    }

    @Test
    void theInboxStepFilterOffersNoEmptyChoice() {
        String sampler = "stp-" + java.time.Instant.now().toEpochMilli() % 10_000_000;
        transactions.executeWithoutResult(s -> {
            accounts.insert(sampler, passwords.encode(Api.PASSWORD), "抽样员 " + sampler, "AUTH-320100", "AUTHORITY", "320100",
                    java.time.Instant.now());
            accounts.insertRole(sampler, Role.SAMPLER.name());
            accounts.markDemo(sampler); // no first-login password change
        });
        // nothing in the inbox: no 环节 filter with nothing to choose
        assertThat(page(sampler, "/tasks")).doesNotContain("id=\"step-filter\"").doesNotContain("id=\"step\"");
        // a step chosen that has no task left stays visible as such, not as 全部
        assertThat(page(sampler, "/tasks?step=recordSampling")).contains("id=\"step-filter\"")
                .contains("<option value=\"recordSampling\" selected=\"selected\">（该环节已无待办）</option>");
    }

    /** The walk at ?lang=en: the inbox, its step filter and chart, and the task page named the steps in Chinese. */
    @Test
    void anEnglishInboxNamesTheStepsInEnglish() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        String english = page("plan-reviewer", "/tasks?lang=en&businessKey=" + code);
        assertThat(english).contains("class=\"task-link\">Section review</a>").contains("<option value=\"reviewPlan\">Section review</option>")
                .doesNotContain("task-link\">科室审核");
        assertThat(page("plan-reviewer", "/tasks/" + task + "?lang=en")).contains("id=\"task-name\">Section review<");
        assertThat(page("plan-reviewer", "/tasks?businessKey=" + code)).contains("class=\"task-link\">科室审核</a>");
    }
}
