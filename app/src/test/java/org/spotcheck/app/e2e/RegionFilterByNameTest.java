package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ui17 (walk of README step 9): 结果处理's and the registers' 地区 filter asked for a 地区代码 to type; it is a choice of
 * the authorities' regions by name, whose value is the code's leading digits (南京市 → 3201: its districts too).
 */
class RegionFilterByNameTest extends SpotCheckE2e {

    private String page(String user, String path) {
        Browserless.Page page = new Browserless(port, user).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    @Test
    void theCaseListAndTheRegistersOfferRegionsByName() {
        // (the register's own form and column still name the 地区代码 of a row: that is the register's data)
        assertThat(page("officer", "/disposal/cases?lang=en")).doesNotContain("Region code");
        for (String[] list : new String[][] {{"officer", "/disposal/cases"}, {"planner", "/registers/enterprises"}}) {
            String zh = page(list[0], list[1]);
            assertThat(zh).as(list[1]).contains("<select class=\"form-select form-select-sm\" id=\"s-region\" name=\"region\">")
                    .contains("<option value=\"\">全部地区</option>").contains("<option value=\"3201\">南京市</option>")
                    .contains("<option value=\"32\">江苏省</option>").doesNotContain("地区代码")
                    .doesNotContain("id=\"s-region\" name=\"region\" value=");
            String english = page(list[0], list[1] + "?region=3201&lang=en");
            assertThat(english).as(list[1]).contains("<option value=\"3201\" selected=\"selected\">Nanjing</option>")
                    .contains("<label class=\"form-label small mb-0\" for=\"s-region\">Region</label>");
            // an older link with a district's code keeps it, by name
            assertThat(page(list[0], list[1] + "?region=320104")).as(list[1])
                    .containsPattern("<option value=\"320104\" selected=\"selected\">[^<0-9]+</option>");
        }
    }
}
