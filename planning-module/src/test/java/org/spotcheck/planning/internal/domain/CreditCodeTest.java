package org.spotcheck.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 unified social credit codes. */
class CreditCodeTest {

    @Test
    void theCommonlyCitedSampleCodePasses() {
        // the sample code widely quoted with GB 32100-2015
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
    }

    @Test
    void theDemoCodesPass() {
        for (String code : new String[] {"91320102MA1X7A1B2U", "91320104MA1Y8B2C34", "91320106MA1W9C3D4L",
                "91320505MA1W1D4E5X", "91320506MA1U2E5F6J", "91320507MA1T3F6G77"}) {
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void aWrongCheckCharacterFails() {
        assertThat(CreditCode.isValid("91320102MA1X7A1B2X")).isFalse();
        assertThat(CreditCode.checkCharacter("91320102MA1X7A1B2")).isEqualTo('U');
    }

    @Test
    void wrongLengthLowerCaseAndLettersOutsideTheCodeSetFail() {
        assertThat(CreditCode.isValid("91320102MA1X7A1B2")).isFalse();
        assertThat(CreditCode.isValid("91320102ma1x7a1b2u")).isFalse();
        assertThat(CreditCode.isValid("91320102MA1X7A1BIU")).as("I is not in the code set").isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
