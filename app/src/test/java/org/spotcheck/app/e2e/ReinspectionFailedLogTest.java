package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Brief fix17 (walk 17, codes17): a failed re-inspection's line on the case page read 第1次复查不合格（…）：TP-07、TP-09, the
 * failed items' codes, in both languages. The line now names the items, in the reader's language; a line stored before,
 * with the codes, reads with the names its round keeps.
 */
class ReinspectionFailedLogTest extends ResultHandlingE2e {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedReinspectionsLineNamesItsItemsInTheReadersLanguageOldLinesToo() {
        ResultHandlingFlow.Case c = flow.failedFirstReinspection();
        JsonNode round = flow.caseById("officer", c.caseId()).get("reinspections").get(0);
        String reportNo = round.get("reportNo").asString();
        String namesZh = round.get("failedItemsText").asString();
        assertThat(namesZh.split("、")).containsExactlyInAnyOrder("亮度（白度）", "灰分");
        String namesEn = namesZh.replace("亮度（白度）", "Brightness (whiteness)").replace("灰分", "Ash content").replace("、", ", ");

        String zhLine = "第1次复查不合格（" + reportNo + "）：" + namesZh;
        String enLine = "Re-inspection 1 failed (" + reportNo + "): " + namesEn;
        // the Chinese text as stored names the items too (the API's log and a key no longer in the bundles show it)
        assertThat(jdbc.queryForObject("SELECT comment FROM dsp_case_event WHERE case_id = ? AND action = 'REINSPECTION_FAILED'",
                String.class, c.caseId())).isEqualTo(zhLine);
        assertPages(c, zhLine, enLine);

        // a line stored before brief fix17: the codes, as CaseStore.codes wrote them
        String codes = round.get("failedItemCodes").asString();
        String oldArgs = "[{\"kind\":\"TEXT\",\"value\":\"1\",\"zh\":null},{\"kind\":\"TEXT\",\"value\":\"" + reportNo
                + "\",\"zh\":null},{\"kind\":\"ZH_EN\",\"value\":\"" + codes.replace("、", ", ") + "\",\"zh\":\"" + codes + "\"}]";
        assertThat(jdbc.update("UPDATE dsp_case_event SET comment = ?, message_args = ? WHERE case_id = ? AND action = 'REINSPECTION_FAILED'",
                "第1次复查不合格（" + reportNo + "）：" + codes, oldArgs, c.caseId())).isEqualTo(1);
        assertPages(c, zhLine, enLine);
    }

    private void assertPages(ResultHandlingFlow.Case c, String zhLine, String enLine) {
        Browserless officer = new Browserless(port, "officer");
        String zh = officer.get("/cases/" + c.caseCode() + "?lang=zh").body();
        assertThat(zh).contains(zhLine).doesNotContain("TP-07").doesNotContain("TP-09");
        String en = officer.get("/cases/" + c.caseCode() + "?lang=en").body();
        assertThat(en).contains(enLine).doesNotContain("TP-07").doesNotContain("TP-09");
    }
}
