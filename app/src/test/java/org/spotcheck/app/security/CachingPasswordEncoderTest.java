package org.spotcheck.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/**
 * bcrypt cost 12 and the verified-password cache that keeps HTTP Basic fast: only successes are
 * remembered, a new hash (a changed password) never hits an old entry. Prints the measured costs.
 */
class CachingPasswordEncoderTest {

    private final DelegatingPasswordEncoder bcrypt = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    private final CachingPasswordEncoder encoder = new CachingPasswordEncoder(bcrypt, Duration.ofMinutes(5), Clock.systemUTC());

    @Test
    void hashesAreBcryptCost12AndTheCacheSkipsOnlyRepeatedSuccesses() {
        String hash = encoder.encode("Spotcheck-Demo-1");
        assertThat(hash).startsWith("{bcrypt}$2a$12$");

        bcrypt.matches("warm-up", hash);
        long t0 = System.nanoTime();
        assertThat(encoder.matches("Spotcheck-Demo-1", hash)).isTrue();
        long first = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            assertThat(encoder.matches("Spotcheck-Demo-1", hash)).isTrue();
        }
        long cached = (System.nanoTime() - t0) / 100;
        t0 = System.nanoTime();
        assertThat(encoder.matches("wrong-password", hash)).isFalse();
        long wrong = System.nanoTime() - t0;
        System.out.printf("bcrypt cost 12: first verification %.0f ms, cached %.3f ms, wrong password %.0f ms%n",
                first / 1e6, cached / 1e6, wrong / 1e6);
        assertThat(cached).isLessThan(first / 20);
        assertThat(wrong).as("a wrong password always pays the full bcrypt").isGreaterThan(first / 4);

        String newHash = encoder.encode("Spotcheck-Demo-1");
        assertThat(newHash).isNotEqualTo(hash);
        assertThat(encoder.matches("Spotcheck-Demo-1", newHash)).isTrue();
        assertThat(encoder.matches("Spotcheck-Demo-1", encoder.encode("another password!!"))).isFalse();
    }

    @Test
    void aWeakerStoredHashIsUpgraded() {
        String cost10 = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("Spotcheck-Demo-1");
        assertThat(encoder.upgradeEncoding(cost10)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("x"))).isFalse();
    }
}
