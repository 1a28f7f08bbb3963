package org.spotcheck.sampling.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 19: which seal numbers the samplers present may put on a sampling form. */
class SealRangesTest {

    private static final List<SealRanges.Range> RANGES = List.of(
            new SealRanges.Range("sampler-a", "NJ2026-", 1, 100, 6),
            new SealRanges.Range("sampler-b", "NJ2026-", 101, 200, 6));

    @Test
    void aSealOfTheSeriesMustBeInARangeOfASamplerPresent() {
        assertThat(SealRanges.allowed("NJ2026-000001", RANGES, List.of("sampler-a", "sampler-c"), false)).isTrue();
        assertThat(SealRanges.allowed("NJ2026-000100", RANGES, List.of("sampler-a"), false)).isTrue();
        assertThat(SealRanges.allowed(" NJ2026-000150 ", RANGES, List.of("sampler-b"), false)).isTrue();
        // issued, but to a sampler who is not there
        assertThat(SealRanges.allowed("NJ2026-000150", RANGES, List.of("sampler-a", "sampler-c"), false)).isFalse();
        // of the series, but never issued
        assertThat(SealRanges.allowed("NJ2026-000201", RANGES, List.of("sampler-a", "sampler-b"), false)).isFalse();
        assertThat(SealRanges.allowed("NJ2026-000000", RANGES, List.of("sampler-a"), false)).isFalse();
    }

    @Test
    void aNumberOutsideEverySeriesPassesUnlessIssuedSealsAreRequired() {
        assertThat(SealRanges.allowed("BR-12345-T", RANGES, List.of("sampler-a"), false)).isTrue();
        assertThat(SealRanges.allowed("NJ2026-00001", RANGES, List.of("sampler-a"), false)).isTrue(); // other digit count
        assertThat(SealRanges.allowed("BR-12345-T", RANGES, List.of("sampler-a"), true)).isFalse();
        assertThat(SealRanges.allowed("NJ2026-000001", RANGES, List.of("sampler-a"), true)).isTrue();
    }

    @Test
    void aRangePrintsItsNumbersWithTheSeriesDigits() {
        assertThat(RANGES.get(1).format(101)).isEqualTo("NJ2026-000101");
    }

    @Test
    void aWithdrawnRangeStillNamesItsSeriesButAllowsNoSeal() {
        List<SealRanges.Range> withdrawn = List.of(new SealRanges.Range("sampler-a", "NJ2026-", 1, 100, 6, true));
        assertThat(SealRanges.allowed("NJ2026-000001", withdrawn, List.of("sampler-a"), false)).isFalse();
    }

    @Test
    void rangesOverlapWhenTheyShareANumberOfTheSameSeries() {
        SealRanges.Range a = RANGES.get(0);
        assertThat(a.overlaps("NJ2026-", 100, 120)).isTrue();
        assertThat(a.overlaps("nj2026-", 50, 60)).isTrue();
        assertThat(a.overlaps("NJ2026-", 101, 120)).isFalse();
        assertThat(a.overlaps("SZ2026-", 1, 100)).isFalse();
        assertThat(SealRanges.largest(6)).isEqualTo(999_999L);
        assertThat(SealRanges.key(" nj2026-000001 ")).isEqualTo("NJ2026-000001");
    }
}
