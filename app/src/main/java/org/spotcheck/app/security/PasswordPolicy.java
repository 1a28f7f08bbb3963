package org.spotcheck.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (ADR 0007): 12 to 128 characters (MLPS 8.1.4.1 a "complexity" read
 * as length; ASVS 4.0.3 2.1.1 asks for 12, ASVS 5.0 6.2.1 for 8 with 15 recommended), not one of
 * the common or breached passwords nor such a password with digits or symbols around it (ASVS 6.2.4),
 * not containing the username, and different from the current one. No composition rules (ASVS 6.2.5).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Refuses an unacceptable new password with a 400 naming {@code field}. */
    public void check(String field, String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInputException.of(field, "PASSWORD_TOO_SHORT", "at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "PASSWORD_TOO_LONG", "at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        if (isCommon(password)) {
            throw InvalidInputException.of(field, "PASSWORD_TOO_COMMON", "this password is too common");
        }
        if (username != null && username.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw InvalidInputException.of(field, "PASSWORD_CONTAINS_USERNAME", "must not contain the username");
        }
    }

    /** Whether the password, or its letters without digits and symbols around them, is a common password. */
    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String core = lower.substring(start, end);
        if (core.length() >= 4 && common.contains(core)) {
            return true;
        }
        return lower.chars().distinct().count() <= 3; // aaaaaaaaaaaa, abababababab
    }

    /** A random initial password of 16 characters (about 93 bits) that passes the policy. */
    public String initialPassword() {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
