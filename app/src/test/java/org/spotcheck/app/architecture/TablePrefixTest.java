package org.spotcheck.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's mappers and migrations touch only its own tables (architecture.md §3): planning
 * {@code pln_}, sampling {@code smp_}, testing {@code tst_}, disposal {@code dsp_}, app {@code sys_}
 * (and the engine's {@code act_} tables, which only app may adjust). Reads the sources, so it needs
 * no database: the migrations, the mapper XML and the SQL in the string literals of annotated mappers
 * ({@code @Select}, {@code @Update}, … in a {@code *Mapper.java}).
 */
class TablePrefixTest {

    static final Map<String, List<String>> PREFIXES = Map.of(
            "planning-module", List.of("pln_"),
            "sampling-module", List.of("smp_"),
            "testing-module", List.of("tst_"),
            "disposal-module", List.of("dsp_"),
            "app", List.of("sys_", "act_", "flw_", "flyway_"));

    /** A table name after FROM, JOIN, INTO, UPDATE (not ON DUPLICATE KEY UPDATE, nor SELECT … FOR UPDATE NOWAIT), TABLE, REFERENCES (a foreign key), or ON of CREATE INDEX. */
    static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:from|join|into|(?<!key\\s)(?<!for\\s)update|references|table(?:\\s+if\\s+(?:not\\s+)?exists)?|index\\s+\\w+\\s+on)\\s+`?([a-z][a-z0-9_]*)`?");

    /** A Java string literal or text block: the SQL of an annotated mapper. */
    static final Pattern STRING_LITERAL = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    static final List<String> NOT_TABLES = List.of("select", "dual", "set", "where", "values", "information_schema", "unnest");

    @Test
    void mappersAndMigrationsTouchOnlyTheirModulesTables() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> offences = new ArrayList<>();
        int checked = 0;
        for (var module : PREFIXES.entrySet()) {
            Path main = root.resolve(module.getKey()).resolve("src/main");
            for (Path file : files(main)) {
                String text = file.toString().endsWith(".java") ? stringLiterals(read(file)) : withoutComments(read(file));
                Matcher m = TABLE.matcher(text);
                while (m.find()) {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    if (NOT_TABLES.contains(table)) {
                        continue;
                    }
                    checked++;
                    if (module.getValue().stream().noneMatch(table::startsWith)) {
                        offences.add(root.relativize(file) + ": " + table);
                    }
                }
            }
        }
        assertThat(checked).as("table references found (the scan must see the mappers and migrations)").isGreaterThan(100);
        assertThat(offences).as("tables outside the module's prefix").isEmpty();
    }

    static List<Path> files(Path main) {
        if (!Files.isDirectory(main)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(main)) {
            return walk.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith("Mapper.xml") || name.endsWith("Mapper.java")
                        || (name.endsWith(".sql") && p.toString().contains("db/migration"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The string literals of a Java source (concatenations joined) with a ';' between them: an annotated mapper's
     * SQL without its Java, where a {@code @Param("from")} cannot run into the next literal.
     */
    static String stringLiterals(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher m = STRING_LITERAL.matcher(source.replaceAll("\"\\s*\\+\\s*\"", ""));
        while (m.find()) {
            sql.append(m.group(1) != null ? m.group(1) : m.group(2)).append(" ;\n");
        }
        return sql.toString();
    }

    static String withoutComments(String text) {
        return text.replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]*>", " ").replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)--.*$", " ");
    }
}
