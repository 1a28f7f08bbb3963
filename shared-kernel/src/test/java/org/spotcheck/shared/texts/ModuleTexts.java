package org.spotcheck.shared.texts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The issue 16.5 checks of one module's texts, for a plain JUnit test run in the module's folder: no
 * inline "中文 / English" literal in its main Java, the same keys in its Chinese and English bundle, a
 * {@code problem.<RULE>} text for every rule code it throws, and bundle texts that {@link MessageFormat}
 * reads as meant.
 */
public final class ModuleTexts {

    /** A literal with Chinese, then a slash with English after it. */
    static final Pattern BILINGUAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*(?:\\s|[）)])/\\s+[A-Za-z][^\"\\n]*\"");
    /**
     * A refusal or field violation up to the end of its statement; its first code literal is the rule, unless a
     * validator's rule comes first (see {@link #VALIDATOR_RULE}). A module's own refusal (testing's
     * {@code ResultRefusedException}) counts too.
     */
    static final Pattern THROWN = Pattern.compile("(?:InvalidInputException\\.of|new (?:RuleViolation|Conflict|AccessRefused|ResultRefused)"
            + "Exception|new FieldViolation|\\bfail)\\(([^;]*)");
    static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]{2,})\"");
    /**
     * A code literal or a Bean Validation constraint's name ({@code "Size"}, {@code "NotBlank"}): a validator's rule
     * has no {@code problem.<RULE>} text of its own, every module's fields share it.
     */
    static final Pattern RULE = Pattern.compile("\"([A-Z][A-Z0-9_]{2,}|[A-Z][a-z][A-Za-z]*)\"");
    static final Pattern VALIDATOR_RULE = Pattern.compile("[A-Z][a-z][A-Za-z]*");
    /** A placeholder such as {0} or {2,choice,...}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private final Path sources;
    private final Properties zh;
    private final Properties en;

    private ModuleTexts(Path sources, Properties zh, Properties en) {
        this.sources = sources;
        this.zh = zh;
        this.en = en;
    }

    /** The module of the working directory, with its bundle {@code i18n/<bundle>[_en].properties}. */
    public static ModuleTexts of(String bundle) {
        Path resources = Path.of("src/main/resources/i18n");
        return new ModuleTexts(Path.of("src/main/java"), load(resources.resolve(bundle + ".properties")),
                load(resources.resolve(bundle + "_en.properties")));
    }

    /**
     * Everything wrong, one line each: inline bilingual literals, keys in one bundle only, thrown rule
     * codes without a text, texts MessageFormat misreads.
     *
     * @param sharedCodes rule codes several modules throw, whose text belongs in {@code app}'s bundle (ADR
     *                    0013): their inline literals are tolerated until it has them
     * @param kept        literal texts kept on purpose (stored data such as an event comment)
     */
    public List<String> problems(Set<String> sharedCodes, Set<String> kept) {
        List<String> problems = new ArrayList<>();
        javaFiles().forEach(file -> inline(file, sharedCodes, kept, problems));
        difference(zh, en).forEach(k -> problems.add("only in the Chinese bundle: " + k));
        difference(en, zh).forEach(k -> problems.add("only in the English bundle: " + k));
        Set<String> thrown = thrownCodes();
        thrown.removeAll(sharedCodes);
        thrown.stream().filter(code -> !zh.containsKey("problem." + code))
                .forEach(code -> problems.add("no problem." + code + " in the bundle"));
        for (Properties bundle : List.of(zh, en)) {
            bundle.stringPropertyNames().stream().sorted().forEach(key -> misread(key, bundle.getProperty(key), problems));
        }
        return problems;
    }

    /** The rule codes the module's main code throws or reports as field violations. */
    public Set<String> thrownCodes() {
        Set<String> codes = new TreeSet<>();
        javaFiles().forEach(file -> {
            Matcher m = THROWN.matcher(read(file));
            while (m.find()) {
                Matcher rule = RULE.matcher(m.group(1));
                if (rule.find() && !VALIDATOR_RULE.matcher(rule.group(1)).matches()) {
                    codes.add(rule.group(1));
                }
            }
        });
        return codes;
    }

    /** A text of the Chinese bundle with its arguments, as a page would show it. */
    public String zh(String key, Object... args) {
        return new MessageFormat(zh.getProperty(key), Locale.CHINA).format(args);
    }

    /** A text of the English bundle with its arguments. */
    public String en(String key, Object... args) {
        return new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(args);
    }

    private void inline(Path file, Set<String> sharedCodes, Set<String> kept, List<String> problems) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String code = null;
            for (int back = i; back >= Math.max(0, i - 3) && code == null; back--) {
                Matcher c = CODE.matcher(lines.get(back));
                while (c.find()) {
                    code = c.group(1);
                }
            }
            String trimmed = line.strip();
            boolean tolerated = trimmed.startsWith("*") || trimmed.startsWith("//") || (code != null && sharedCodes.contains(code))
                    || kept.stream().anyMatch(line::contains);
            if (!tolerated && BILINGUAL.matcher(line).find()) {
                problems.add("inline bilingual text: " + sources.relativize(file) + ":" + (i + 1) + ": " + trimmed);
            }
        }
    }

    /**
     * A text with placeholders goes through MessageFormat: it must parse. No text has an apostrophe: Spring
     * formats a text through MessageFormat when the refusal has arguments (a lone quote vanishes, '' shows
     * one) and returns it as written when it has none (then '' shows two), and a rule may be thrown both ways.
     */
    private static void misread(String key, String value, List<String> problems) {
        boolean formatted = PLACEHOLDER.matcher(value).find();
        try {
            new MessageFormat(value);
        } catch (IllegalArgumentException e) {
            if (formatted) {
                problems.add(key + " does not parse: " + e.getMessage());
            }
        }
        if (value.contains("'")) {
            problems.add(key + " has an apostrophe, which shows differently with and without arguments: reword it");
        }
    }

    private List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
