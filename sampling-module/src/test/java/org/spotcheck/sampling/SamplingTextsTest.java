package org.spotcheck.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.texts.ModuleTexts;

/** Issue 16.5: sampling's user-facing texts come from its bundles, zh and en alike (no Spring). */
class SamplingTextsTest {

    /** The message of a Bean Validation constraint: its rule NotEmpty is every module's, its text is app's to give. */
    static final Set<String> KEPT = Set.of("@NotEmpty(message = ");

    private final ModuleTexts texts = ModuleTexts.of("sampling");

    @Test
    void everyTextComesFromTheBundles() {
        assertThat(texts.problems(Set.of(), KEPT)).isEmpty();
    }

    @Test
    void theUploadCheckOfTheSharedKernelHasItsTextsHere() {
        // shared-kernel has no bundle; sampling takes the uploads that org.spotcheck.shared.Uploads checks
        for (String rule : Set.of("FILE_EMPTY", "FILE_TOO_LARGE", "FILE_TYPE_NOT_ALLOWED", "FILE_TYPE_MISMATCH",
                "FILE_ACTIVE_CONTENT", "FILE_NAME_INVALID")) {
            assertThat(texts.zh("problem." + rule, "10")).doesNotContain(" / ").isNotBlank();
        }
        assertThat(texts.zh("problem.FILE_TOO_LARGE", "10")).isEqualTo("文件不能超过 10 MB");
    }
}
