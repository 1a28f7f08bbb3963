package org.spotcheck.sampling.api;

/**
 * A range of numbered seals (封条) issued to one sampler: {@code prefix} followed by exactly
 * {@code digits} digits, numbers {@code firstNumber} to {@code lastNumber}.
 *
 * @param first the first seal number as printed, e.g. NJ2026-000001
 * @param last  the last seal number as printed
 */
public record SealRangeView(long id, String samplerUsername, String prefix, long firstNumber, long lastNumber, int digits,
        String first, String last) {
}
