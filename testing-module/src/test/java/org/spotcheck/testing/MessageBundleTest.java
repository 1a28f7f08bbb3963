package org.spotcheck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16.5: every user-facing text of the testing module goes through its message bundles
 * (i18n/testing.properties, Chinese, and testing_en.properties): no inline "中文 / English" literal in the
 * main code, the same keys in both languages, and a {@code problem.<RULE>} text for every rule the code throws.
 */
class MessageBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** A string literal with Chinese, then " / ", then English. */
    static final Pattern INLINE_PAIR = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\\s/\\s[A-Za-z][^\"\\n]*\"");
    /** The rule code literal of a refusal: the first argument of an exception, the second of a field violation. */
    static final Pattern THROWN_RULE = Pattern.compile("(?:new (?:ConflictException|AccessRefusedException|ResultRefusedException)\\("
            + "|(?:InvalidInputException\\.of|new RuleViolationException|new FieldViolation)\\(\\s*[^,;]+?,)\\s*\"([A-Za-z0-9_]+)\"");

    @Test
    void noInlineBilingualLiteralInTheMainCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = INLINE_PAIR.matcher(Files.readString(file));
            while (m.find()) {
                found.add(SOURCES.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).as("inline \"中文 / English\" texts: put them in i18n/testing*.properties").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryTextFormats() throws IOException {
        assertThat(bundle("testing_en").stringPropertyNames()).isEqualTo(bundle("testing").stringPropertyNames());
        for (Properties p : List.of(bundle("testing"), bundle("testing_en"))) {
            // a text with arguments goes through MessageFormat: it must parse, and no argument is left unreplaced
            p.forEach((k, v) -> assertThat(new MessageFormat((String) v).format(new Object[] {"a", "b", "c", "d"}))
                    .as(k.toString()).doesNotContain("{"));
        }
    }

    @Test
    void everyRuleTheCodeThrowsHasItsText() throws IOException {
        Set<String> rules = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = THROWN_RULE.matcher(Files.readString(file));
            while (m.find()) {
                rules.add(m.group(1));
            }
        }
        assertThat(rules).as("the scan finds the rules").contains("NOT_RECEIVED", "IMPOSSIBLE_VALUE", "RESULT_REQUIRED");
        Set<String> keys = bundle("testing").stringPropertyNames();
        assertThat(rules.stream().filter(r -> !keys.contains("problem." + r)).toList()).as("rules without problem.<RULE>").isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
