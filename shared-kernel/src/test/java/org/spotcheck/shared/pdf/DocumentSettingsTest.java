package org.spotcheck.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSettingsTest {

    @Test
    void theQrCodeOpensTheVerifyPageUnderThePublicAddressWithOrWithoutItsTrailingSlash() {
        DocumentSettings slash = new DocumentSettings(List.of("/fonts/a.ttc"), "https://spotcheck.example.cn/");
        DocumentSettings plain = new DocumentSettings(List.of("/fonts/a.ttc"), "https://spotcheck.example.cn");

        assertThat(slash.verifyUrl("/public/reports/verify", "JC 2026/1", "ab12"))
                .isEqualTo("https://spotcheck.example.cn/public/reports/verify?no=JC+2026%2F1&hash=ab12")
                .isEqualTo(plain.verifyUrl("/public/reports/verify", "JC 2026/1", "ab12"));
        assertThat(plain.verifyUrl("/public/reports/verify", "检-1"))
                .isEqualTo("https://spotcheck.example.cn/public/reports/verify?no=%E6%A3%80-1");
    }

    @Test
    void theDefaultsAreWrittenOnce() {
        assertThat(DocumentSettings.FONTS).isEqualTo("${spotcheck.report.fonts:" + OfficialPdf.DEFAULT_FONTS + "}");
        assertThat(DocumentSettings.PUBLIC_BASE_URL).isEqualTo("${spotcheck.public-base-url:http://localhost:8080}");
    }
}
