package org.spotcheck.planning.internal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the batches of a plan item over enterprise sizes by the plan's shares (S15: the list
 * should mix large, medium and small firms). Largest-remainder (Hamilton) rounding: every stratum
 * gets the floor of its exact quota, and the batches left over go one each to the strata with the
 * largest fractional remainders, ties broken by the order of the strata. Each count is therefore
 * within one of its exact quota and the counts add up to the total.
 */
public final class StratifiedAllocation {

    private StratifiedAllocation() {
    }

    /**
     * @param total  batches to draw
     * @param shares percent per stratum, in a fixed order; they must add up to 100
     * @return the number of batches per stratum, in the same order
     */
    public static <K> Map<K, Integer> allocate(int total, Map<K, Integer> shares) {
        int sum = shares.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != 100 || shares.values().stream().anyMatch(s -> s < 0) || total < 0) {
            throw new IllegalArgumentException("shares must be non-negative and add up to 100, got " + shares);
        }
        List<K> keys = new ArrayList<>(shares.keySet());
        Map<K, Integer> counts = new LinkedHashMap<>();
        long[] remainders = new long[keys.size()];
        int given = 0;
        for (int i = 0; i < keys.size(); i++) {
            long exactTimes100 = (long) total * shares.get(keys.get(i));
            int floor = (int) (exactTimes100 / 100);
            remainders[i] = exactTimes100 % 100;
            counts.put(keys.get(i), floor);
            given += floor;
        }
        for (int left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < keys.size(); i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            counts.merge(keys.get(best), 1, Integer::sum);
            remainders[best] = -1; // each stratum gets at most one of the left-over batches
        }
        return counts;
    }
}
