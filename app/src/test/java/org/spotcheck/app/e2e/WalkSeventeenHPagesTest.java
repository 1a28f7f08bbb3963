package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walk 17h (issue 17, the second half of the walk-through: rectification, referral, re-inspection, escalation,
 * publication): what the walk found in the pages' texts, read in both languages. The layout findings are in
 * {@code SecondHalfWalkBrowserTest}.
 */
class WalkSeventeenHPagesTest extends ResultHandlingE2e {

    /**
     * The case page's timeline read {@code 已更换原料供应商并调整漂白工艺（证据 2）} / {@code (evidence 2)}: the system's id of the
     * file the enterprise sent with its rectification report. It now says how many files came with it.
     */
    @Test
    void theRectificationReportInTheTimelineCountsItsFilesAndShowsNoId() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        long evidence = flow.caseById("officer", c.caseId()).get("rectification").get("reportEvidenceIds").get(0).asLong();

        Browserless officer = new Browserless(port, "officer");
        String zh = timeline(officer.get("/cases/" + c.caseCode() + "?lang=zh").body());
        assertThat(zh).contains("已更换原料供应商并调整漂白工艺（附件 1 份）").doesNotContain("证据 " + evidence)
                .doesNotContain("（证据");
        String en = timeline(officer.get("/cases/" + c.caseCode() + "?lang=en").body());
        assertThat(en).contains("已更换原料供应商并调整漂白工艺 (files attached: 1)").doesNotContain("(evidence");
        // the enterprise reads its own case the same way
        assertThat(timeline(new Browserless(port, c.enterprise()).get("/cases/" + c.caseCode()).body()))
                .contains("（附件 1 份）").doesNotContain("（证据");
        // the API's case entries carry the line as stored: without the id too
        assertThat(api.get("officer", "/api/cases/" + c.caseCode()).body()).contains("已更换原料供应商并调整漂白工艺")
                .doesNotContain("（证据 " + evidence + "）");
    }

    /**
     * 执法稽查处理移送 (and the revocation referral) listed the case's files twice: in the referral's card and again
     * above 提交. The referral's card keeps the list, with the referral's own evidence.
     */
    @Test
    void theReferralPageListsTheCasesFilesOnce() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, true);
        String task = api.taskId("enforcer", c.caseCode(), "handleReferral");
        assertThat(task).as("handleReferral").isNotNull();
        for (String lang : new String[] {"zh", "en"}) {
            String page = new Browserless(port, "enforcer").get("/tasks/" + task + "?lang=" + lang).body();
            assertThat(count(page, "id=\"case-evidence\"")).as(lang).isEqualTo(1);
            assertThat(count(page, "data-kind=\"REPORT_PDF\"")).as(lang).isEqualTo(1);
            // the list sits in the referral's card, before the decision
            assertThat(page.indexOf("id=\"case-evidence\"")).isBetween(page.indexOf("id=\"referral-letter\""), page.indexOf("id=\"decision\""));
        }
        // the officer's step pages still list the files (the case's card is not a referral)
        String report = api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport");
        assertThat(count(new Browserless(port, c.enterprise()).get("/tasks/" + report).body(), "id=\"case-evidence\"")).isEqualTo(1);
    }

    private static int count(String page, String what) {
        return page.split(Pattern.quote(what), -1).length - 1;
    }

    private static String timeline(String page) {
        int at = page.indexOf("id=\"timeline\"");
        assertThat(at).as("the case page has its timeline").isPositive();
        return page.substring(at);
    }
}
