package org.spotcheck.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors, the drift window and replay refusal. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc6238TestVectorsForSha1() {
        long[][] vectors = {{59L, 94287082}, {1111111109L, 7081804}, {1111111111L, 14050471}, {1234567890L, 89005924},
            {2000000000L, 69279037}, {20000000000L, 65353130}};
        for (long[] v : vectors) {
            long step = Totp.step(Instant.ofEpochSecond(v[0]));
            assertThat(Totp.code(RFC_KEY, step, 8, "HmacSHA1")).as("T=" + v[0]).isEqualTo(String.format("%08d", v[1]));
        }
    }

    @Test
    void base32RoundTripsAndTheSecretHas160Bits() {
        assertThat(Totp.base32Decode(Totp.base32(RFC_KEY))).isEqualTo(RFC_KEY);
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII))).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.base32Decode(Totp.newSecret())).hasSize(20);
    }

    @Test
    void acceptsOneStepOfDriftAndRefusesReplayAndOldCodes() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-25T08:00:10Z");
        long step = Totp.step(now);
        byte[] key = Totp.base32Decode(secret);
        assertThat(Totp.verify(secret, Totp.code(key, step, 6, "HmacSHA1"), now, null)).hasValue(step);
        assertThat(Totp.verify(secret, Totp.code(key, step - 1, 6, "HmacSHA1"), now, null)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(key, step + 1, 6, "HmacSHA1"), now, null)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(key, step - 2, 6, "HmacSHA1"), now, null)).isEmpty();
        // the step already used, or an earlier one, is refused
        assertThat(Totp.verify(secret, Totp.code(key, step, 6, "HmacSHA1"), now, step)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(secret, "abcdef", now, null)).isEmpty();
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("Spotcheck", "lab1-approver", "ABCDEF"))
                .isEqualTo("otpauth://totp/Spotcheck:lab1-approver?secret=ABCDEF&issuer=Spotcheck&algorithm=SHA1&digits=6&period=30");
    }
}
