package org.spotcheck.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifiable draw of {@link RandomDraw}, with golden vectors: a pool, seed and count pinned to the
 * exact draw and the exact commitment (pln_draw.commitment) that {@value RandomDraw#ALGORITHM} gives
 * them. Old draws are re-verified with these same rules, so a changed algorithm must fail here (and
 * get a new algorithm name) rather than silently make every published draw unverifiable.
 *
 * <p>How to re-derive the vectors without this code base ({@value RandomDraw#ALGORITHM}):
 * <ol>
 * <li>Canonical pool: the codes sorted (by UTF-16 code unit, as Java's String order; the same as
 *     byte order for ASCII codes) and without duplicates. Pool hash = hex SHA-256 of the canonical
 *     codes joined by "\n" (UTF-8).</li>
 * <li>Number stream: block k = SHA-256(seed bytes || k as 8 bytes big-endian), k = 0, 1, 2, …; the
 *     number is the block's first 8 bytes as a big-endian integer with the top bit cleared (0 ≤ v < 2^63).</li>
 * <li>Uniform index below b: with M = 2^63 − 1, reject v ≥ M − (M mod b) and take the next number;
 *     otherwise the index is v mod b.</li>
 * <li>Partial Fisher–Yates: for i = 0 … count−1, j = i + index below (size − i); swap positions i and j.
 *     The draw is the first count codes, in that order.</li>
 * <li>Commitment = hex SHA-256 (UTF-8) of algorithm, pool hash, filters, seed hex, count and the
 *     draw joined by ",", these six joined by "\n".</li>
 * </ol>
 * Worked through for the first vector: the first blocks begin 3d5019d8b8997088, fe50e71e76c43cab and
 * 826a1ba7f62f1c40, none rejected; indices 4418059653051150472 mod 7 = 2, 9102028964943379627 mod 6 = 1
 * and 173981943810956352 mod 5 = 2; [A B C D E F G] → C at 0 → [C B A D E F G] → A at 1 →
 * [C A B D E F G] → E at 2: C, A, E. The vectors were computed once from this code and checked with
 * an independent Python implementation of the five steps above (hashlib + struct).
 */
class RandomDrawTest {

    private static final String SEED = "8f14e45fceea167a5a36dedd4bea2543d4f8a4b2b4f26a09f18f0dc0d1b1c1a3";
    private static final List<String> POOL = List.of("ENT-A", "ENT-B", "ENT-C", "ENT-D", "ENT-E", "ENT-F", "ENT-G");

    /** Filters as DrawService writes them for an enterprise draw. */
    private static final String FILTERS = "register=pln_enterprise;product=PLASTIC_BAG;region=320100;authority=320000;"
            + "drawDate=2027-03-01;duplicateRule=O18-art8-6-months(producer+product)";

    @Test
    void goldenVectorThreeOfSevenEnterprises() {
        // given out of order and with a duplicate: the canonical pool is what counts
        List<String> given = List.of("ENT-G", "ENT-C", "ENT-A", "ENT-F", "ENT-B", "ENT-E", "ENT-D", "ENT-A");
        String poolHash = RandomDraw.poolHash(RandomDraw.canonical(given));
        List<String> drawn = RandomDraw.draw(SEED, given, 3);

        assertThat(poolHash).isEqualTo("817edb99897a36c35ec49725b2dfadfc0f8b78ad128961c8a9b42de9fd542da1");
        assertThat(drawn).containsExactly("ENT-C", "ENT-A", "ENT-E");
        assertThat(RandomDraw.commitment(RandomDraw.ALGORITHM, poolHash, FILTERS, SEED, 3, drawn))
                .isEqualTo("8db2d0041eaff9c3d482dcdf00a47d7bb0d3c3a4febaa85aba76ae06eec5e7c0");
    }

    @Test
    void goldenVectorTheWholePoolIsAFullShuffle() {
        List<String> drawn = RandomDraw.draw(SEED, POOL, 7);
        assertThat(drawn).containsExactly("ENT-C", "ENT-A", "ENT-E", "ENT-B", "ENT-F", "ENT-D", "ENT-G");
        assertThat(RandomDraw.commitment(RandomDraw.ALGORITHM, RandomDraw.poolHash(POOL), FILTERS, SEED, 7, drawn))
                .isEqualTo("0358693821427b8a3a632fb4139dc1d2dad74d651e1cbd0f573ad587059d6250");
    }

    @Test
    void goldenVectorTwoOfFiveCreditCodesWithTheZeroSeed() {
        String zeroSeed = "00".repeat(32);
        List<String> given = List.of("91320100MA1X000005", "91320100MA1X000001", "91320100MA1X000004",
                "91320100MA1X000002", "91320100MA1X000003");
        String poolHash = RandomDraw.poolHash(RandomDraw.canonical(given));
        List<String> drawn = RandomDraw.draw(zeroSeed, given, 2);

        assertThat(RandomDraw.ALGORITHM).isEqualTo("SHA256-FY-v1");
        assertThat(poolHash).isEqualTo("81a287e86af13008ff872ade8f572a77d3d6e9b17f1d047a3e888017fea50117");
        assertThat(drawn).containsExactly("91320100MA1X000004", "91320100MA1X000002");
        assertThat(RandomDraw.commitment(RandomDraw.ALGORITHM, poolHash, FILTERS, zeroSeed, 2, drawn))
                .isEqualTo("fd684eea9af7016fbb2d42205ea34aef0161c0fc5df6136346a0881b53f4fbc7");
    }

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
