package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void provinceCoversItsCitiesAndCounties() {
        assertThat(RegionCode.contains("320000", "320102")).isTrue();
        assertThat(RegionCode.contains("320000", "330102")).isFalse();
    }

    @Test
    void cityCoversItsCountiesOnly() {
        assertThat(RegionCode.contains("320100", "320102")).isTrue();
        assertThat(RegionCode.contains("320100", "320500")).isFalse();
    }

    @Test
    void countyCoversOnlyItself() {
        assertThat(RegionCode.contains("320102", "320102")).isTrue();
        assertThat(RegionCode.contains("320102", "320104")).isFalse();
    }

    @Test
    void malformedCodesContainNothing() {
        assertThat(RegionCode.isValid("32010")).isFalse();
        assertThat(RegionCode.isValid("00abc0")).isFalse();
        assertThat(RegionCode.contains("32010x", "320102")).isFalse();
    }
}
