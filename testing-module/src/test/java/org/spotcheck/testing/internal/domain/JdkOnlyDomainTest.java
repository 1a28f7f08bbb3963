package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The judgment engine is plain Java: no Spring, MyBatis or Flowable, nothing but the JDK. */
class JdkOnlyDomainTest {

    private static final String PACKAGE_DIR = "src/main/java/org/spotcheck/testing/internal/domain";
    private static final List<String> ENGINE_SOURCES = List.of("LimitType.java", "ItemClass.java",
            "ItemVerdict.java", "Conclusion.java", "Grade.java", "Limit.java", "GbT8170.java", "ItemResult.java",
            "BatchVerdict.java");

    @Test
    void judgmentEngineImportsOnlyTheJdk() throws IOException {
        Path dir = Stream.of(Path.of(PACKAGE_DIR), Path.of("testing-module").resolve(PACKAGE_DIR))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new AssertionError("cannot find " + PACKAGE_DIR + " from " + Path.of("").toAbsolutePath()));
        for (String source : ENGINE_SOURCES) {
            List<String> imports = Files.readAllLines(dir.resolve(source)).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("import "))
                    .toList();
            assertThat(imports).as(source).allMatch(line -> line.matches("import (static )?java\\.[\\w.]+;"));
        }
    }
}
