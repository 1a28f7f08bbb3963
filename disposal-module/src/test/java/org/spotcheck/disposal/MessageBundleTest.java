package org.spotcheck.disposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.texts.ModuleTexts;

/**
 * Issue 16.5: every user-facing text of the disposal module goes through its message bundles
 * (i18n/disposal.properties, Chinese, and disposal_en.properties): no inline "中文 / English" literal in the
 * main code, the same keys in both languages, and a {@code problem.<RULE>} text for every rule the code throws
 * (the shared-kernel test-jar's {@link ModuleTexts}, no Spring; a validator's rule such as Size has none of its own).
 */
class MessageBundleTest {

    private final ModuleTexts texts = ModuleTexts.of("disposal");

    @Test
    void everyTextComesFromTheBundles() {
        assertThat(texts.problems(Set.of(), Set.of())).isEmpty();
    }

    @Test
    void theScanSeesTheRulesThrown() {
        assertThat(texts.thrownCodes()).contains("NOT_SERVED", "OBJECTION_WINDOW_CLOSED", "REDACTION_REASON_REQUIRED")
                .noneMatch(rule -> rule.matches("[A-Z][a-z]\\w*"));
    }
}
