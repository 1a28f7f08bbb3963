package org.spotcheck.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sizes issue 16 set as its "done means" and ADR 0013 keeps: no class in {@code src/main} over 400 lines, no
 * module facade over 20 methods (counted with the interfaces it extends).
 */
class SizeLimitsTest {

    static final int MAX_LINES = 400;
    static final int MAX_FACADE_METHODS = 20;
    static final List<String> MODULES =
            List.of("shared-kernel", "planning-module", "sampling-module", "testing-module", "disposal-module", "app");

    @Test
    void noSourceFileInMainIsOverFourHundredLines() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> tooLong = MODULES.stream()
                .map(module -> root.resolve(module).resolve("src/main/java"))
                .flatMap(SizeLimitsTest::javaFiles)
                .filter(file -> lines(file) > MAX_LINES)
                .map(file -> root.relativize(file) + " (" + lines(file) + " lines)")
                .toList();
        assertThat(root.resolve("app/src/main/java")).isDirectory();
        assertThat(tooLong).as("classes over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void noModuleFacadeHasMoreThanTwentyMethods() {
        List<JavaClass> facades = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.spotcheck.planning.api", "org.spotcheck.sampling.api",
                        "org.spotcheck.testing.api", "org.spotcheck.disposal.api")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> type.getPackageName().matches("org\\.spotcheck\\.\\w+\\.api"))
                .toList();
        List<String> tooWide = facades.stream()
                .filter(type -> abstractMethods(type) > MAX_FACADE_METHODS)
                .map(type -> type.getSimpleName() + " (" + abstractMethods(type) + " methods)")
                .toList();
        assertThat(facades).extracting(JavaClass::getSimpleName).contains("Plans", "SamplingApi", "TestingApi");
        assertThat(facades.stream().mapToLong(SizeLimitsTest::abstractMethods).max().orElse(0))
                .as("the count reads the inherited methods of a composed facade").isGreaterThan(15);
        assertThat(tooWide).as("facades over %d methods", MAX_FACADE_METHODS).isEmpty();
    }

    static long abstractMethods(JavaClass facade) {
        return facade.getAllMethods().stream()
                .filter(method -> method.getOwner().isInterface())
                .filter(method -> method.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(method -> method.getName() + method.getRawParameterTypes())
                .distinct()
                .count();
    }

    static Stream<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
