package org.spotcheck.app.ops;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.app.SpotcheckSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code spotcheck.public-base-url} ({@code SPOTCHECK_PUBLIC_BASE_URL}) is the address the public reaches the application
 * at: the QR code and the 核验 line of the 检验报告, the 检验结果通知书 and the other official documents, and the links in
 * e-mails. Its default, {@code http://localhost:8080}, is right only for the embedded demo (H2 with demo data); a
 * deployment that keeps it prints documents whose QR code opens nobody's server (walk 17g, item 6; brief fix17). At
 * start-up outside that default this logs a WARN while the address is still a loopback one.
 *
 * <p>The documents always print the configured address, never the address of the request that happens to render them
 * (a PDF downloaded on demand): a document is the same whoever opens it, from wherever; an officer on the intranet
 * ({@code http://10.1.2.3:8080}) would otherwise hand out a notice whose QR code the enterprise cannot open.
 */
@Component
class PublicBaseUrlCheck {

    private static final Logger log = LoggerFactory.getLogger(PublicBaseUrlCheck.class);

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final String publicBaseUrl;
    private final String datasourceUrl;
    private final boolean demoData;

    PublicBaseUrlCheck(SpotcheckSettings settings, @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${spotcheck.demo-data:false}") boolean demoData) {
        this.publicBaseUrl = settings.publicBaseUrl();
        this.datasourceUrl = datasourceUrl;
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenStillLocal() {
        String warning = warning(publicBaseUrl, datasourceUrl, demoData);
        if (warning != null) {
            log.warn(warning);
        }
    }

    /**
     * The warning to log, or null: none on the embedded demo default (an H2 database with the demo data), none for an
     * address that is not a loopback one.
     */
    static String warning(String publicBaseUrl, String datasourceUrl, boolean demoData) {
        boolean embeddedDemo = demoData && datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:");
        if (embeddedDemo || !isLoopback(publicBaseUrl)) {
            return null;
        }
        return "spotcheck.public-base-url is " + publicBaseUrl + ": the QR codes and 核验 lines of the reports and notices and"
                + " the links in e-mails point to this machine itself; set SPOTCHECK_PUBLIC_BASE_URL to the address the public"
                + " reaches Spotcheck at (README, docs/ops/spotcheck.env.example)";
    }

    static boolean isLoopback(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null || LOOPBACK.contains(host.toLowerCase(Locale.ROOT)) || host.startsWith("127.");
        } catch (IllegalArgumentException e) {
            return false; // not an address at all: not this check's concern
        }
    }
}
