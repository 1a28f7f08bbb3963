package org.spotcheck.shared.pdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every official document takes from the settings (ADR 0021): the CJK fonts it is set in
 * ({@code spotcheck.report.fonts}) and the public address its QR code opens ({@code spotcheck.public-base-url}, kept
 * without a trailing slash). {@link #FONTS} and {@link #PUBLIC_BASE_URL} are the one place their defaults are written:
 * a document's renderer takes them with {@code @Value(DocumentSettings.FONTS)} and {@code @Value(DocumentSettings.PUBLIC_BASE_URL)}.
 */
public record DocumentSettings(List<String> fontPaths, String publicBaseUrl) {

    public static final String FONTS = "${spotcheck.report.fonts:" + OfficialPdf.DEFAULT_FONTS + "}";
    public static final String PUBLIC_BASE_URL = "${spotcheck.public-base-url:http://localhost:8080}";

    public DocumentSettings {
        fontPaths = List.copyOf(fontPaths);
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** Starts a document in these fonts (see {@link OfficialPdf#start}). */
    public OfficialPdf start(String title, String footerLabel) {
        return OfficialPdf.start(fontPaths, title, footerLabel);
    }

    /** The public verification page {@code path} for the document number {@code no} (issue 17.3). */
    public String verifyUrl(String path, String no) {
        return publicBaseUrl + path + "?no=" + URLEncoder.encode(no, StandardCharsets.UTF_8);
    }

    /** The public verification page {@code path} for the document number {@code no} and its digest: what the QR code opens. */
    public String verifyUrl(String path, String no, String hash) {
        return verifyUrl(path, no) + "&hash=" + hash;
    }
}
