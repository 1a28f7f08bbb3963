package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchVerdictTest {

    private static final Limit MAX_THICKNESS = Limit.max("0.025", 3, "mm");

    @Test
    void allItemsPassingGivesNoNonconformityFoundAndNeverSaysQualified() {
        BatchVerdict verdict = BatchVerdict.of(List.of(pass("A-1", ItemClass.A), pass("B-1", ItemClass.B)));

        assertThat(verdict.conclusion()).isEqualTo(Conclusion.NO_NONCONFORMITY_FOUND);
        assertThat(verdict.grade()).isNull();
        assertThat(verdict.failedItemCodes()).isEmpty();
        assertThat(verdict.zh()).isEqualTo("所检项目未发现不合格");
        // "合格" may only appear inside "未发现不合格"
        assertThat(verdict.zh().replace("未发现不合格", "")).doesNotContain("合格");
        assertThat(Conclusion.NO_NONCONFORMITY_FOUND.zh().replace("未发现不合格", "")).doesNotContain("合格");
    }

    @Test
    void oneFailingClassBItemMakesTheBatchGenerallyNonconforming() {
        BatchVerdict verdict = BatchVerdict.of(List.of(pass("A-1", ItemClass.A), fail("B-1", ItemClass.B),
                pass("B-2", ItemClass.B)));

        assertThat(verdict.conclusion()).isEqualTo(Conclusion.NONCONFORMING);
        assertThat(verdict.grade()).isEqualTo(Grade.GENERAL);
        assertThat(verdict.failedItemCodes()).containsExactly("B-1");
        assertThat(verdict.zh()).isEqualTo("不合格（一般不合格）");
    }

    @Test
    void aFailingClassAItemAmongFailingClassBItemsMakesTheBatchSerious() {
        BatchVerdict verdict = BatchVerdict.of(List.of(fail("B-1", ItemClass.B), pass("A-1", ItemClass.A),
                fail("A-2", ItemClass.A), fail("B-2", ItemClass.B)));

        assertThat(verdict.conclusion()).isEqualTo(Conclusion.NONCONFORMING);
        assertThat(verdict.grade()).isEqualTo(Grade.SERIOUS);
        assertThat(verdict.zh()).isEqualTo("不合格（严重不合格）");
    }

    @Test
    void failedItemCodesFollowTheOrderOfTheResults() {
        BatchVerdict verdict = BatchVerdict.of(List.of(fail("Z-9", ItemClass.B), pass("A-1", ItemClass.A),
                fail("A-2", ItemClass.A), fail("B-1", ItemClass.B)));

        assertThat(verdict.failedItemCodes()).containsExactly("Z-9", "A-2", "B-1");
    }

    @Test
    void aPassingClassAItemDoesNotMakeTheBatchSerious() {
        BatchVerdict verdict = BatchVerdict.of(List.of(pass("A-1", ItemClass.A), fail("B-1", ItemClass.B)));

        assertThat(verdict.grade()).isEqualTo(Grade.GENERAL);
    }

    @Test
    void emptyOrMissingListOfItemsIsRejected() {
        assertThatThrownBy(() -> BatchVerdict.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one item result");
        assertThatThrownBy(() -> BatchVerdict.of(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one item result");
        assertThatThrownBy(() -> BatchVerdict.of(Arrays.asList(pass("A-1", ItemClass.A), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item result");
    }

    @Test
    void failedItemCodesCannotBeChangedAfterTheVerdict() {
        List<ItemResult> results = new ArrayList<>(List.of(fail("B-1", ItemClass.B)));
        BatchVerdict verdict = BatchVerdict.of(results);
        results.add(fail("B-2", ItemClass.B));

        assertThat(verdict.failedItemCodes()).containsExactly("B-1");
        assertThatThrownBy(() -> verdict.failedItemCodes().add("B-3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void inconsistentVerdictsAreRejected() {
        assertThatThrownBy(() -> new BatchVerdict(Conclusion.NO_NONCONFORMITY_FOUND, Grade.GENERAL, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchVerdict(Conclusion.NO_NONCONFORMITY_FOUND, null, List.of("B-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchVerdict(Conclusion.NONCONFORMING, null, List.of("B-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchVerdict(Conclusion.NONCONFORMING, Grade.SERIOUS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportWordingOfConclusionsAndGrades() {
        assertThat(Conclusion.NO_NONCONFORMITY_FOUND.zh()).isEqualTo("所检项目未发现不合格");
        assertThat(Conclusion.NONCONFORMING.zh()).isEqualTo("不合格");
        assertThat(Grade.SERIOUS.zh()).isEqualTo("严重不合格");
        assertThat(Grade.GENERAL.zh()).isEqualTo("一般不合格");
    }

    static ItemResult pass(String code, ItemClass itemClass) {
        return ItemResult.judge(code, itemClass, MAX_THICKNESS, "0.020");
    }

    static ItemResult fail(String code, ItemClass itemClass) {
        return ItemResult.judge(code, itemClass, MAX_THICKNESS, "0.030");
    }
}
