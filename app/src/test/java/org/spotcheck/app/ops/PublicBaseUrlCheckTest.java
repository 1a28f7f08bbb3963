package org.spotcheck.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotcheck.app.SpotcheckSettings;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Brief fix17 (walk 17g, item 6): the documents' QR line printed {@code http://localhost:8080/…} because the public base
 * address kept its default. A start-up outside the embedded demo warns while it is still a loopback address.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicBaseUrlCheckTest {

    private static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/spotcheck";
    private static final String H2 = "jdbc:h2:file:./data/spotcheck;MODE=MySQL";

    @Test
    void aServerDatabaseWithTheDefaultAddressWarnsOnce(CapturedOutput output) {
        new PublicBaseUrlCheck(new SpotcheckSettings("http://localhost:8080", ""), MARIADB, false).warnWhenStillLocal();
        assertThat(output.getAll()).contains("WARN").contains("spotcheck.public-base-url is http://localhost:8080")
                .contains("SPOTCHECK_PUBLIC_BASE_URL");
    }

    @Test
    void theEmbeddedDemoAndARealAddressStayQuiet(CapturedOutput output) {
        new PublicBaseUrlCheck(new SpotcheckSettings("http://localhost:8080", ""), H2, true).warnWhenStillLocal();
        new PublicBaseUrlCheck(new SpotcheckSettings("https://spotcheck.example.gov.cn", ""), MARIADB, false).warnWhenStillLocal();
        assertThat(output.getAll()).doesNotContain("spotcheck.public-base-url is");
    }

    @Test
    void whatCountsAsStillLocal() {
        assertThat(PublicBaseUrlCheck.warning("http://127.0.0.1:8103", MARIADB, false)).isNotNull();
        assertThat(PublicBaseUrlCheck.warning("http://[::1]:8080", MARIADB, false)).isNotNull();
        assertThat(PublicBaseUrlCheck.warning("", MARIADB, false)).isNotNull();
        // an H2 file database without the demo data is a deployment too (a small office's single node)
        assertThat(PublicBaseUrlCheck.warning("http://localhost:8080", H2, false)).isNotNull();
        // the demo data on a server database: not the embedded default either
        assertThat(PublicBaseUrlCheck.warning("http://localhost:8080", MARIADB, true)).isNotNull();
        assertThat(PublicBaseUrlCheck.warning("http://10.1.2.3:8080", MARIADB, false)).isNull();
        assertThat(PublicBaseUrlCheck.warning("https://zjj.example.gov.cn/spotcheck", MARIADB, false)).isNull();
    }
}
