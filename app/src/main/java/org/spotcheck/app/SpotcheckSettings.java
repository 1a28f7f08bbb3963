package org.spotcheck.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The top-level {@code spotcheck.*} settings; the areas have their own records.
 *
 * @param publicBaseUrl the address the public reaches the application at: links in mails, the QR code on a
 *                      report ({@code SPOTCHECK_PUBLIC_BASE_URL})
 * @param nodeId        this node's name in the job leases; blank: the host name and process id
 */
@ConfigurationProperties("spotcheck")
public record SpotcheckSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl, String nodeId) {

    public SpotcheckSettings {
        nodeId = nodeId == null ? "" : nodeId;
    }
}
