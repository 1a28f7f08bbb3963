package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void aTypedTextIsFoundAsAPartWithItsWildcardsTakenLiterally() {
        assertThat(SearchTerms.like("  50%_a\\b ")).isEqualTo("%50\\%\\_a\\\\b%");
        assertThat(SearchTerms.like(" ")).isNull();
        assertThat(SearchTerms.like(null)).isNull();
        assertThat(SearchTerms.exact(" 纸巾纸 ")).isEqualTo("纸巾纸");
        assertThat(SearchTerms.exact("")).isNull();
    }

    @Test
    void aRegionIsACodeOrItsLeadingDigitsAndAnythingElseNamesNone() {
        assertThat(SearchTerms.regionPrefix(" 3201 ")).isEqualTo("3201%");
        assertThat(SearchTerms.regionPrefix("320100")).isEqualTo("320100%");
        assertThat(SearchTerms.regionPrefix("3201001")).isEqualTo("-");
        assertThat(SearchTerms.regionPrefix("南京")).isEqualTo("-");
        assertThat(SearchTerms.regionPrefix(null)).isNull();
    }

    @Test
    void aPageIsCountedThenReadAtItsOffsetInTheSizesOffered() {
        List<String> calls = new ArrayList<>();
        Paged<String> page = Paged.read(3, 50, () -> {
            calls.add("count");
            return 120;
        }, (size, offset) -> {
            calls.add("rows " + size + " from " + offset);
            return List.of("a");
        });

        assertThat(calls).containsExactly("count", "rows 50 from 100");
        assertThat(page).isEqualTo(new Paged<>(List.of("a"), 120, 3, 50));
        assertThat(Paged.read(0, 30, () -> 0, (size, offset) -> List.of())).isEqualTo(new Paged<>(List.of(), 0, 1, 20));
        assertThat(Paged.none(-2, 50)).isEqualTo(new Paged<>(List.of(), 0, 1, 50));
    }
}
