package org.spotcheck.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spotcheck.shared.InvalidInputException;

/** Length 12-128, common and breached passwords and their padded variants, the username, no composition rules. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String rule(String username, String password) {
        try {
            policy.check("newPassword", username, password);
            return null;
        } catch (InvalidInputException e) {
            return e.violations().get(0).rule();
        }
    }

    @Test
    void refusesShortLongCommonAndUsernamePasswords() {
        assertThat(rule("lab1-tester", "Short-1")).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(rule("lab1-tester", "x".repeat(129))).isEqualTo("PASSWORD_TOO_LONG");
        assertThat(rule("lab1-tester", "qwertyuiop123")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(rule("lab1-tester", "Password1234")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(rule("lab1-tester", "woaini1314520")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(rule("lab1-tester", "123456789012")).isEqualTo("PASSWORD_TOO_COMMON");
        // a common word padded with digits and symbols
        assertThat(rule("lab1-tester", "!!monkey123456")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(rule("lab1-tester", "aaaaaaaaaaaaaaa")).isEqualTo("PASSWORD_TOO_COMMON");
    }

    @Test
    void acceptsLongPassphrasesWithoutCompositionRules() {
        assertThat(rule("lab1-tester", "correct horse battery staple")).isNull();
        assertThat(rule("lab1-tester", "抽样检验要公平公正啊")).isEqualTo("PASSWORD_TOO_SHORT"); // 10 characters
        assertThat(rule("lab1-tester", "抽样检验要公平公正公开透明")).isNull();
        assertThat(rule("lab1-tester", "alllowercaseletters")).isNull();
        assertThat(rule("lab1-tester", "The quick brown fox jumps over the lazy dog. ".repeat(3).substring(0, 128))).isNull();
    }

    @Test
    void initialPasswordsPassThePolicy() {
        for (int i = 0; i < 50; i++) {
            String initial = policy.initialPassword();
            assertThat(initial).hasSize(16);
            assertThatCode(() -> policy.check("p", "someone", initial)).doesNotThrowAnyException();
        }
    }

    @Test
    void theUsernameCannotBeInThePassword() {
        assertThatThrownBy(() -> policy.check("newPassword", "zhangwei", "my-ZhangWei-passphrase"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule()).isEqualTo("PASSWORD_CONTAINS_USERNAME"));
    }
}
