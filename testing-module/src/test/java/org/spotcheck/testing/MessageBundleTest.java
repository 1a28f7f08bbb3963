package org.spotcheck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.texts.ModuleTexts;

/**
 * Issue 16.5: every user-facing text of the testing module goes through its message bundles
 * (i18n/testing.properties, Chinese, and testing_en.properties): no inline "中文 / English" literal in the
 * main code, the same keys in both languages, and a {@code problem.<RULE>} text for every rule the code throws
 * (the shared-kernel test-jar's {@link ModuleTexts}, no Spring).
 */
class MessageBundleTest {

    private final ModuleTexts texts = ModuleTexts.of("testing");

    @Test
    void everyTextComesFromTheBundles() {
        assertThat(texts.problems(Set.of(), Set.of())).isEmpty();
    }

    @Test
    void theScanSeesTheRulesThrown() {
        // RESULT_REQUIRED is a ResultRefusedException's
        assertThat(texts.thrownCodes()).contains("NOT_RECEIVED", "IMPOSSIBLE_VALUE", "RESULT_REQUIRED");
    }
}
