package org.spotcheck.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 16.5: every user-facing text of app goes through the message bundles (zh default, en), no inline
 * "中文 / English" pair in the Java sources or the templates, and the two bundles name the same keys.
 * Every package is scanned, the process glue ({@code workflow.step}, {@code workflow.delegate}) and the
 * calendar included.
 */
class AppTextsTest {

    private static final Path MAIN = Path.of("src/main/java/org/spotcheck/app");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Where no Chinese literal is left at all (see {@link #noChineseLiteralInTheProcessGlueOrTheCalendar}). */
    private static final List<String> GLUE = List.of("workflow/step/", "workflow/delegate/", "workflow/calendar/");
    /** The result words a lab writes (testing module's ItemResult and MeasuredValue parse them), and 未检出（<limit）. */
    private static final Pattern RESULT_VOCABULARY = Pattern.compile("未检出|检出|符合|不符合|未检出（<0\\.01）|未检出（<|）");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Chinese, then " / " and English (a word of three letters or more) without any Chinese after it. */
    private static final Pattern PAIR = Pattern.compile("\\p{IsHan}[^/]*\\s/\\s*(?=[^\\p{IsHan}]*[a-z]{3})[A-Za-z0-9][^\\p{IsHan}]*$");
    /** A literal that opens the English half of a pair whose Chinese half is concatenated before it. */
    private static final Pattern ENGLISH_HALF = Pattern.compile("^\\s*/\\s+[A-Za-z]");
    /** Template text: Chinese, " / ", then English. */
    private static final Pattern TEMPLATE_PAIR = Pattern.compile("\\p{IsHan}[^<>\"/]*\\s/\\s+[A-Za-z][A-Za-z ]+");

    @Test
    void noInlineBilingualLiteralInJava() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                found.addAll(pairs(relative, withoutComments(Files.readString(file, StandardCharsets.UTF_8))));
            }
        }
        assertThat(found).as("inline \"中文 / English\" texts: move them to messages(_en).properties").isEmpty();
    }

    /**
     * The process glue and the calendar hold no Chinese literal at all: their stored notes, notifications, referral
     * facts and refusals come from the bundles ({@code stored.*}, {@code problem.*}). The only Chinese words left are
     * the result vocabulary a lab writes and the testing module parses (未检出, 检出, 符合, 不符合), offered as choices.
     */
    @Test
    void noChineseLiteralInTheProcessGlueOrTheCalendar() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                if (GLUE.stream().anyMatch(relative::startsWith)) {
                    found.addAll(chinese(relative, withoutComments(Files.readString(file, StandardCharsets.UTF_8))));
                }
            }
        }
        assertThat(found).as("Chinese literals in the process glue or the calendar: move them to messages(_en).properties").isEmpty();
    }

    @Test
    void theGlueCheckFindsChineseLiterals() {
        assertThat(chinese("X.java", "String facts = \"拒检：\" + name + \"拒绝抽样\";")).hasSize(2);
        assertThat(chinese("X.java", "m(\"请确认抽样单 \" + code);")).hasSize(1);
        assertThat(chinese("X.java", "List.of(\"未检出\", \"未检出（<\" + limit + \"）\", \"符合\", \"不符合\", \"检出\")")).isEmpty();
        assertThat(chinese("X.java", withoutComments("// 会签 \"中文\"\nint x;"))).isEmpty();
    }

    /** The literals with Chinese in them, other than the result vocabulary, as file:line texts. */
    static List<String> chinese(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LITERAL.matcher(lines[i]);
            while (m.find()) {
                String text = m.group(1);
                if (HAN.matcher(text).find() && !RESULT_VOCABULARY.matcher(text).matches()) {
                    found.add(file + ":" + (i + 1) + " \"" + text + "\"");
                }
            }
        }
        return found;
    }

    @Test
    void noInlineBilingualTextInTemplates() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (TEMPLATE_PAIR.matcher(lines.get(i)).find()) {
                        found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + " " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("inline \"中文 / English\" texts in templates: use #{key}").isEmpty();
    }

    @Test
    void theBundlesNameTheSameKeys() throws IOException {
        Set<String> zh = keys(RESOURCES.resolve("messages.properties"));
        Set<String> en = keys(RESOURCES.resolve("messages_en.properties"));
        assertThat(difference(zh, en)).as("in messages.properties, missing in messages_en.properties").isEmpty();
        assertThat(difference(en, zh)).as("in messages_en.properties, missing in messages.properties").isEmpty();
    }

    @Test
    void everyTextIsAMessageFormat() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = new Properties();
            try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            for (String key : bundle.stringPropertyNames()) {
                try {
                    new java.text.MessageFormat(bundle.getProperty(key));
                } catch (IllegalArgumentException e) {
                    broken.add(name + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theCheckFindsPairs() {
        assertThat(pairs("X.java", "throw x(\"R\", \"请选择同事 / choose a colleague\");")).hasSize(1);
        assertThat(pairs("X.java", "m(\"「\" + name + \"」不能撤回 / this step cannot be withdrawn\");")).hasSize(1);
        assertThat(pairs("X.java", "m(\"用户名为 3-64 位 / 3-64 lower-case letters\");")).hasSize(1);
        assertThat(pairs("X.java", "m(\"此步骤只能退回至 \" + targets + \" / this step returns only to \" + targets);")).hasSize(1);
        assertThat(pairs("X.java", "m(\"审核人 \" + who + \" 已签收 / \"\n + who + \" has taken it\");")).hasSize(1);
        assertThat(pairs("X.java", "m(\"choose a colleague\", \"封样 A-T / A-B\");")).isEmpty();
        assertThat(pairs("X.java", withoutComments("/** an old \"中文 / English\" pair */ int x;"))).isEmpty();
    }

    /** The pairs among the literals of a source without comments, as file:line texts. */
    static List<String> pairs(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        boolean chineseBefore = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LITERAL.matcher(lines[i]);
            boolean chineseHere = false;
            while (m.find()) {
                String text = m.group(1);
                boolean chinese = HAN.matcher(text).find();
                if (chinese && (PAIR.matcher(text).find() || text.stripTrailing().endsWith(" /"))
                        || !chinese && (chineseBefore || chineseHere) && ENGLISH_HALF.matcher(text).find()) {
                    found.add(file + ":" + (i + 1) + " \"" + text + "\"");
                }
                chineseHere |= chinese;
            }
            chineseBefore = chineseHere;
        }
        return found;
    }

    /** The source with its comments blanked (line breaks kept); string and char literals stay. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                if (c == '"' && source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? source.length() : end + 3;
                    out.append(source, i, end);
                    i = end;
                    continue;
                }
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, source.length());
                out.append(source, i, j);
                i = j;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (source.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /**
     * ui17: an English text uses English punctuation. A full-width colon, bracket, comma or 、 in an English bundle showed
     * on English pages (the results field's hint read "or 未检出（<detection limit）"); the modules' bundles included.
     */
    @Test
    void theEnglishBundlesUseNoFullWidthPunctuation() throws IOException {
        Pattern fullWidth = Pattern.compile("[：（）、，；]");
        List<Path> bundles = new ArrayList<>(List.of(RESOURCES.resolve("messages_en.properties")));
        for (String module : List.of("planning", "sampling", "testing", "disposal")) {
            bundles.add(Path.of("../" + module + "-module/src/main/resources/i18n/" + module + "_en.properties"));
        }
        List<String> found = new ArrayList<>();
        for (Path bundle : bundles) {
            assertThat(bundle).exists();
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            texts.stringPropertyNames().stream().sorted().filter(k -> fullWidth.matcher(texts.getProperty(k)).find())
                    .forEach(k -> found.add(bundle.getFileName() + " " + k + "=" + texts.getProperty(k)));
        }
        assertThat(found).as("full-width punctuation in English texts").isEmpty();
        // a value's leading space is dropped by the properties format ("dsp.inclusive= (inclusive)" printed
        // "2026-12-23(inclusive)"): a space that matters is written \u0020
        List<String> lost = new ArrayList<>();
        for (Path bundle : bundles) {
            Files.readAllLines(bundle, StandardCharsets.UTF_8).stream().filter(l -> l.matches("[A-Za-z0-9_.-]+=[ \\t]+\\S.*"))
                    .forEach(l -> lost.add(bundle.getFileName() + " " + l));
        }
        assertThat(lost).as("English texts whose leading space is lost").isEmpty();
    }
}
