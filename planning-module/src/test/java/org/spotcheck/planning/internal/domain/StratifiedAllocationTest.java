package org.spotcheck.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifiedAllocationTest {

    @Test
    void leftOverBatchesGoToTheLargestRemainders() {
        // 7 × 50/30/20 = 3.5 / 2.1 / 1.4 → 3/2/1 and the seventh to the largest remainder (0.5)
        assertThat(StratifiedAllocation.allocate(7, shares(50, 30, 20))).containsExactly(
                Map.entry("LARGE", 4), Map.entry("MEDIUM", 2), Map.entry("SMALL", 1));
        // 10 × 33/33/34 = 3.3 / 3.3 / 3.4 → 3/3/3 and the tenth to SMALL
        assertThat(StratifiedAllocation.allocate(10, shares(33, 33, 34)).values()).containsExactly(3, 3, 4);
        // ties go to the earlier stratum
        assertThat(StratifiedAllocation.allocate(1, shares(50, 0, 50)).values()).containsExactly(1, 0, 0);
    }

    @Test
    void everyCountIsWithinOneOfItsQuotaAndTheyAddUp() {
        int[][] cases = {{20, 60, 20}, {10, 10, 80}, {34, 33, 33}, {100, 0, 0}, {1, 1, 98}};
        for (int total = 0; total <= 50; total++) {
            for (int[] s : cases) {
                Map<String, Integer> counts = StratifiedAllocation.allocate(total, shares(s[0], s[1], s[2]));
                assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
                int i = 0;
                for (int count : counts.values()) {
                    double quota = total * s[i++] / 100.0;
                    assertThat(Math.abs(count - quota)).as("total %d shares %s", total, java.util.Arrays.toString(s)).isLessThan(1.0);
                }
            }
        }
    }

    @Test
    void sharesThatDoNotAddUpTo100AreRefused() {
        assertThatThrownBy(() -> StratifiedAllocation.allocate(5, shares(50, 30, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Integer> shares(int large, int medium, int small) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        shares.put("LARGE", large);
        shares.put("MEDIUM", medium);
        shares.put("SMALL", small);
        return shares;
    }
}
