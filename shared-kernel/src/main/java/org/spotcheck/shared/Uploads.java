package org.spotcheck.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one check every uploaded file passes before it is stored (ASVS 5.1.1, 5.2.1, 5.2.2, 5.3.2):
 * not empty and at most {@link #MAX_BYTES}; a plain file name (no path, no control or bidi
 * characters, no reserved device name, at most 255 characters); an extension of an allowed type;
 * content whose magic bytes are that type's; no active content (script in a PDF, markup in an
 * image). Archives are not accepted at all, so there are no archive bombs or zip-slip paths.
 * The stored name is never the user's: callers store files under their own generated key.
 */
public final class Uploads {

    /** 10 MB a file, as spring.servlet.multipart.max-file-size. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The file types the system accepts, each with its extensions and leading bytes. */
    public enum FileType {
        PDF(Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG(Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG(Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final Set<String> extensions;
        private final byte[] magic;

        FileType(Set<String> extensions, byte[] magic) {
            this.extensions = extensions;
            this.magic = magic;
        }

        boolean startsTheContent(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final String[] PDF_ACTIVE = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/OpenAction", "/AA"};
    /**
     * Markup that makes an image a polyglot. Each token is long enough that compressed image data does not hold it by
     * chance: "<%" (two bytes) turned up about once per 64 KB, so most phone photos were refused (found walking the
     * README, 2026-12-07); a bare "<svg" still once in about 400 photos of 5 MB, so it must be followed by what ends a
     * tag name.
     */
    private static final String[] MARKUP = {"<script", "<html", "<svg ", "<svg>", "<svg/", "<svg\n", "<svg\t", "<?php",
        "<!doctype", "<iframe"};

    private Uploads() {
    }

    /**
     * Checks an upload; returns its type or throws {@link InvalidInputException} naming {@code field}. The
     * refusals' texts ({@code problem.FILE_*}) are in the sampling module's bundle, which takes these uploads.
     *
     * @param content the whole file (its size was already limited by the multipart settings)
     */
    public static FileType check(String field, String fileName, byte[] content, Set<FileType> allowed) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(field, "FILE_EMPTY", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "FILE_TOO_LARGE", "at most 10 MB", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        checkName(field, fileName);
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        FileType type = allowed.stream().filter(t -> t.extensions.contains(extension)).findFirst().orElseThrow(() ->
                InvalidInputException.of(field, "FILE_TYPE_NOT_ALLOWED", "this kind of file is not accepted"));
        if (!type.startsTheContent(content)) {
            throw InvalidInputException.of(field, "FILE_TYPE_MISMATCH", "the content is not a " + type, String.valueOf(type));
        }
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (type == FileType.PDF && Arrays.stream(PDF_ACTIVE).anyMatch(text::contains)) {
            throw InvalidInputException.of(field, "FILE_ACTIVE_CONTENT", "the PDF contains scripts or actions");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (type != FileType.PDF && Arrays.stream(MARKUP).anyMatch(lower::contains)) {
            throw InvalidInputException.of(field, "FILE_ACTIVE_CONTENT", "the image contains markup or script");
        }
        return type;
    }

    /** A plain file name: no path, no control or bidi characters, no reserved device name, 1-255 characters. */
    public static void checkName(String field, String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw invalidName(field);
        }
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F') {
                throw invalidName(field);
            }
        }
        if (fileName.startsWith(".") || fileName.endsWith(".") || fileName.endsWith(" ") || fileName.contains("..")
                || RESERVED.matcher(fileName).matches() || fileName.lastIndexOf('.') <= 0) {
            throw invalidName(field);
        }
    }

    private static InvalidInputException invalidName(String field) {
        return InvalidInputException.of(field, "FILE_NAME_INVALID", "not a plain file name");
    }
}
