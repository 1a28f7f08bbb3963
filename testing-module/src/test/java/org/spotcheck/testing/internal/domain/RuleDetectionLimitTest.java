package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule's detection limit (检出限) and its 不得检出 flag in judgment (issue 12, point 1): a bare 未检出
 * on a MAX item is judged with the rule's detection limit, a limit the lab writes still wins and is
 * still checked, and a 不得检出 item fails on 检出 or any quantity above the detection limit.
 */
class RuleDetectionLimitTest {

    private static final Limit FORMALDEHYDE = Limit.max("20", 0, "mg/kg");
    private static final Limit COLIFORMS = Limit.enumeration(List.of("不得检出"));

    @Test
    void aBareNotDetectedPassesAMaxWhenTheRulesDetectionLimitIsAtOrUnderTheLimit() {
        assertThat(ItemResult.judge("CA-01", ItemClass.A, FORMALDEHYDE.withDetection(new BigDecimal("10"), false), "未检出")
                .verdict()).isEqualTo(ItemVerdict.PASS);
        ItemResult atTheLimit = ItemResult.judge("CA-01", ItemClass.A, FORMALDEHYDE.withDetection(new BigDecimal("20"), false), "ND");
        assertThat(atTheLimit.verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(atTheLimit.measured()).as("kept as written, never 0").isEqualTo("ND");
        assertThat(atTheLimit.rounded()).isNull();
    }

    @Test
    void aBareNotDetectedIsRefusedWhenTheRuleStatesNoDetectionLimitOrOneAboveTheLimit() {
        assertRefused(FORMALDEHYDE, "未检出", "DETECTION_LIMIT_REQUIRED");
        assertRefused(FORMALDEHYDE.withDetection(new BigDecimal("25"), false), "未检出", "NOT_JUDGEABLE_DETECTION_LIMIT");
    }

    @Test
    void theLabsWrittenDetectionLimitWinsAndIsStillChecked() {
        Limit ruled = FORMALDEHYDE.withDetection(new BigDecimal("10"), false);
        assertRefused(ruled, "未检出（<30）", "NOT_JUDGEABLE_DETECTION_LIMIT");
        assertThat(ItemResult.judge("CA-01", ItemClass.A, Limit.max("20", 0, "mg/kg").withDetection(new BigDecimal("30"), false),
                "未检出（<15）").verdict()).as("the lab's own 15 under the limit, though the rule says 30").isEqualTo(ItemVerdict.PASS);
    }

    @Test
    void aNotDetectableItemPassesOnNotDetectedAndFailsOnDetectedOrAQuantityAboveTheDetectionLimit() {
        Limit ruled = COLIFORMS.withDetection(new BigDecimal("10"), true);
        assertThat(ItemResult.judge("TP-02", ItemClass.A, ruled, "未检出").verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(ItemResult.judge("TP-02", ItemClass.A, ruled, "未检出（<10）").verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(ItemResult.judge("TP-02", ItemClass.A, ruled, "检出").verdict()).isEqualTo(ItemVerdict.FAIL);
        assertThat(ItemResult.judge("TP-02", ItemClass.A, ruled, "11").verdict()).isEqualTo(ItemVerdict.FAIL);
        assertThat(ItemResult.judge("TP-02", ItemClass.A, ruled, "10").verdict()).as("at the detection limit: not detected")
                .isEqualTo(ItemVerdict.PASS);
        assertRefused(ruled, "未检出（<50）", "NOT_JUDGEABLE_DETECTION_LIMIT");
    }

    @Test
    void theRulesFlagMakesAnItemNotDetectableAndADetectionLimitMustBePositive() {
        Limit flagged = Limit.enumeration(List.of("阴性")).withDetection(null, true);
        assertThat(flagged.notDetectable()).isTrue();
        assertThat(ItemResult.judge("X-01", ItemClass.A, flagged, "未检出").verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(ItemResult.judge("X-01", ItemClass.A, Limit.enumeration(List.of("阴性")), "未检出").verdict())
                .as("without the flag only the allowed value passes").isEqualTo(ItemVerdict.FAIL);
        assertThatThrownBy(() -> FORMALDEHYDE.withDetection(BigDecimal.ZERO, false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(Limit limit, String written, String rule) {
        assertThatThrownBy(() -> ItemResult.judge("X-01", ItemClass.A, limit, written))
                .isInstanceOfSatisfying(ResultRefusedException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
