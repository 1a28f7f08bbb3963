package org.spotcheck.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.texts.ModuleTexts;

/** Issue 16.5: sampling's user-facing texts come from its bundles, zh and en alike (no Spring). */
class SamplingTextsTest {

    private final ModuleTexts texts = ModuleTexts.of("sampling");

    @Test
    void everyTextComesFromTheBundles() {
        assertThat(texts.problems(Set.of(), Set.of())).isEmpty();
    }

    /** A visit without a sample needs its evidence: the field's text in either language (was inline in NonSamplingForm). */
    @Test
    void theEvidenceOfAVisitWithoutASampleHasItsFieldText() {
        assertThat(texts.zh("problem.NotEmpty.evidenceIds")).isEqualTo("至少上传一份证据");
        assertThat(texts.en("problem.NotEmpty.evidenceIds")).isEqualTo("At least one piece of evidence");
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
