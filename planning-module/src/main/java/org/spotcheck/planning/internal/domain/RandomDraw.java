package org.spotcheck.planning.internal.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The verifiable random draw of 双随机 (S8; domain.md §4.4): anyone holding the seed and the
 * candidate pool can recompute the result.
 *
 * <p>Algorithm {@value #ALGORITHM}: the pool is put in canonical order (sorted, distinct); its
 * hash is SHA-256 over the codes joined by '\n'. A stream of 64-bit numbers is drawn from
 * SHA-256(seed bytes || counter as 8 bytes big-endian), counter = 0, 1, 2, …; each number is
 * the first 8 bytes of a block with the sign bit cleared. A uniform integer below {@code bound}
 * rejects numbers at or above the largest multiple of {@code bound} (no modulo bias). A partial
 * Fisher-Yates shuffle then takes the first {@code count} codes.
 */
public final class RandomDraw {

    public static final String ALGORITHM = "SHA256-FY-v1";

    private static final SecureRandom SEED_SOURCE = new SecureRandom();

    private RandomDraw() {
    }

    /** A fresh 256-bit seed, hex-encoded. */
    public static String newSeed() {
        byte[] seed = new byte[32];
        SEED_SOURCE.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    /** The canonical order of a pool: sorted and without duplicates. */
    public static List<String> canonical(List<String> pool) {
        return new ArrayList<>(new TreeSet<>(pool));
    }

    public static String poolHash(List<String> canonicalPool) {
        return HexFormat.of().formatHex(sha256(String.join("\n", canonicalPool).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The commitment published at draw time, before the enterprise may learn it (Order 18 art. 14:
     * no advance notice of a spot-check): SHA-256 over algorithm, pool hash, filters, seed, count
     * and result, one per line. The secret 256-bit seed is inside, so nobody can find the result by
     * trying the few enterprises of a small pool; once the seed, pool and result are published
     * after sampling, anyone recomputes both the draw and this value.
     */
    public static String commitment(String algorithm, String poolHash, String filters, String seedHex, int count,
            List<String> result) {
        String canonical = String.join("\n", algorithm, poolHash, filters == null ? "" : filters, seedHex,
                Integer.toString(count), String.join(",", result));
        return HexFormat.of().formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Draws {@code count} distinct codes from the pool.
     *
     * @throws IllegalArgumentException when the pool has fewer than {@code count} codes or the seed is not hex
     */
    public static List<String> draw(String seedHex, List<String> pool, int count) {
        List<String> candidates = canonical(pool);
        if (count < 0 || count > candidates.size()) {
            throw new IllegalArgumentException("cannot draw " + count + " from a pool of " + candidates.size());
        }
        byte[] seed = HexFormat.of().parseHex(seedHex);
        Stream stream = new Stream(seed);
        for (int i = 0; i < count; i++) {
            int j = i + stream.below(candidates.size() - i);
            String chosen = candidates.get(j);
            candidates.set(j, candidates.get(i));
            candidates.set(i, chosen);
        }
        return List.copyOf(candidates.subList(0, count));
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static final class Stream {
        private final byte[] seed;
        private long counter;

        Stream(byte[] seed) {
            this.seed = seed;
        }

        int below(int bound) {
            long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
            while (true) {
                long value = next();
                if (value < limit) {
                    return (int) (value % bound);
                }
            }
        }

        private long next() {
            byte[] input = ByteBuffer.allocate(seed.length + 8).put(seed).putLong(counter++).array();
            return ByteBuffer.wrap(sha256(input)).getLong() & Long.MAX_VALUE;
        }
    }
}
