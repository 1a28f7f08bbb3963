package org.spotcheck.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomDrawTest {

    private static final String SEED = "8f14e45fceea167a5a36dedd4bea2543d4f8a4b2b4f26a09f18f0dc0d1b1c1a3";
    private static final List<String> POOL = List.of("ENT-A", "ENT-B", "ENT-C", "ENT-D", "ENT-E", "ENT-F", "ENT-G");

    @Test
    void theSameSeedAndPoolAlwaysGiveTheSameResult() {
        List<String> first = RandomDraw.draw(SEED, POOL, 3);
        for (int i = 0; i < 20; i++) {
            assertThat(RandomDraw.draw(SEED, POOL, 3)).isEqualTo(first);
        }
        assertThat(first).hasSize(3).doesNotHaveDuplicates().allMatch(POOL::contains);
    }

    @Test
    void theOrderInWhichThePoolIsGivenDoesNotMatter() {
        List<String> shuffled = List.of("ENT-G", "ENT-C", "ENT-A", "ENT-F", "ENT-B", "ENT-E", "ENT-D", "ENT-A");
        assertThat(RandomDraw.draw(SEED, shuffled, 3)).isEqualTo(RandomDraw.draw(SEED, POOL, 3));
        assertThat(RandomDraw.poolHash(RandomDraw.canonical(shuffled))).isEqualTo(RandomDraw.poolHash(RandomDraw.canonical(POOL)));
    }

    @Test
    void aDifferentSeedOrAChangedPoolGivesADifferentRecord() {
        String otherSeed = SEED.substring(0, 63) + "4";
        List<List<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(RandomDraw.draw(Integer.toHexString(i).repeat(2) + SEED.substring(2), POOL, 3));
        }
        assertThat(results.stream().distinct().count()).as("ten seeds give more than one result").isGreaterThan(1);
        assertThat(RandomDraw.draw(otherSeed, POOL, 7)).containsExactlyInAnyOrderElementsOf(POOL);
        List<String> tampered = POOL.subList(1, POOL.size());
        assertThat(RandomDraw.poolHash(tampered)).isNotEqualTo(RandomDraw.poolHash(POOL));
    }

    @Test
    void everyCandidateIsAboutEquallyLikely() {
        Map<String, Integer> firsts = new HashMap<>();
        int n = 7000;
        for (int i = 0; i < n; i++) {
            String seed = String.format("%064x", i);
            firsts.merge(RandomDraw.draw(seed, POOL, 1).get(0), 1, Integer::sum);
        }
        // expected 1000 each; 5 standard deviations is about ±150
        assertThat(firsts.values()).allMatch(c -> c > 850 && c < 1150);
    }

    @Test
    void aPoolSmallerThanTheCountIsRefused() {
        assertThatThrownBy(() -> RandomDraw.draw(SEED, List.of("A"), 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommitmentBindsTheSecretSeedSoThatThePoolAloneCannotRevealTheResult() {
        List<String> pool = RandomDraw.canonical(List.of("ENT-A", "ENT-B", "ENT-C"));
        String seed = RandomDraw.newSeed();
        List<String> result = RandomDraw.draw(seed, pool, 1);
        String commitment = RandomDraw.commitment(RandomDraw.ALGORITHM, RandomDraw.poolHash(pool), "f", seed, 1, result);
        assertThat(commitment).matches("[0-9a-f]{64}")
                .isEqualTo(RandomDraw.commitment(RandomDraw.ALGORITHM, RandomDraw.poolHash(pool), "f", seed, 1, result));
        // trying every enterprise of the small pool without the seed finds nothing
        for (String guess : pool) {
            assertThat(RandomDraw.commitment(RandomDraw.ALGORITHM, RandomDraw.poolHash(pool), "f", "", 1, List.of(guess)))
                    .isNotEqualTo(commitment);
        }
        assertThat(RandomDraw.commitment(RandomDraw.ALGORITHM, RandomDraw.poolHash(pool), "f", RandomDraw.newSeed(), 1, result))
                .isNotEqualTo(commitment);
    }
}
