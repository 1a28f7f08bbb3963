package org.spotcheck.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.texts.ModuleTexts;

/** Issue 16.5: planning's user-facing texts come from its bundles, zh and en alike (no Spring). */
class PlanningTextsTest {

    private final ModuleTexts texts = ModuleTexts.of("planning");

    @Test
    void everyTextComesFromTheBundles() {
        assertThat(texts.problems(Set.of(), Set.of())).isEmpty();
    }

    /** The comment of a FILED_WITH_SUPERIOR plan event without a superior is stored as before, both halves from the bundles. */
    @Test
    void theStoredCommentOfAFilingWithoutSuperiorIsUnchanged() {
        assertThat(texts.zh("planning.event.noSuperior") + " / " + texts.en("planning.event.noSuperior"))
                .isEqualTo("名录中无上级机关 / no superior authority in the register");
    }

    @Test
    void theScanSeesTheRulesThrown() {
        assertThat(texts.thrownCodes()).contains("ONLY_DRAFTER", "LAB_CONFLICT", "POOL_TOO_SMALL", "UNSUPPORTED_FILE",
                "DUPLICATE", "PLAN_WRONG_STATUS");
    }

    @Test
    void argumentsGiveTheChineseTextsOfBefore() {
        assertThat(texts.zh("problem.ONLY_DRAFTER", 2)).isEqualTo("只有编制人可以重新提交");
        assertThat(texts.en("problem.ONLY_DRAFTER", 3)).isEqualTo("Only the drafter may withdraw this plan");
        Object[] conflict = {"LAB1", "ENT-A、ENT-B", "P-01", "ENT-A, ENT-B", 0, "null"};
        assertThat(texts.zh("problem.LAB_CONFLICT", conflict))
                .isEqualTo("承检机构 LAB1 已登记与候选企业 ENT-A、ENT-B 存在利害关系（P-01），不能承担该项目，请更换承检机构");
        conflict[4] = 1;
        conflict[5] = "1200";
        assertThat(texts.zh("problem.LAB_CONFLICT", conflict)).startsWith("计划项目 1200：承检机构 LAB1 ");
        assertThat(texts.en("problem.LAB_CONFLICT", conflict))
                .isEqualTo("Lab LAB1 declared a conflict of interest with ENT-A, ENT-B for P-01 (R21); choose another lab");
        assertThat(texts.zh("problem.POOL_TOO_SMALL", "2", "1", 0, "enterprises", "0")).isEqualTo("候选名单不足：需要 2，仅有 1");
        assertThat(texts.zh("problem.POOL_TOO_SMALL", "2", "1", 3, "enterprises", "3"))
                .isEqualTo("候选名单不足：需要 2，仅有 1（3 家因六个月内已抽查被排除）");
        assertThat(texts.en("problem.POOL_TOO_SMALL", "2", "1", 3, "inspectors", "3"))
                .isEqualTo("Not enough inspectors to draw from: need 2, have 1 (3 left out by the 6-month duplicate rule)");
        assertThat(texts.zh("problem.TOO_MANY_ROWS", "5000")).isEqualTo("每次最多导入 5000 行");
    }
}
