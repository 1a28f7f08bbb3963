package org.spotcheck.app.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched a stored hash, so that HTTP Basic callers
 * do not pay a bcrypt cost-12 verification (about 0.25-0.4 s) on every request (ADR 0007).
 *
 * <p>Only successes are remembered, keyed by the stored hash and an HMAC of the password under a
 * random per-process key: a wrong password always costs the full bcrypt, a changed password has a
 * new hash (new salt) and so never hits an old entry, and disabled or locked accounts are refused by
 * the account checks that run on every request regardless of the password.
 */
public class CachingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public CachingPasswordEncoder(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttl.isZero()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = encodedPassword + '\u0000' + mac(rawPassword);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant until = verified.get(entry);
            if (until != null && now.isBefore(until)) {
                return true;
            }
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(entry, now.plus(ttl));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String mac(CharSequence raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
