package org.spotcheck.sampling.internal.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types accepted as photos and evidence, recognised by their first bytes (magic numbers),
 * never by the name or the declared content type alone.
 */
public enum FileType {
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose magic number the content starts with, if any. */
    public static Optional<FileType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }
}
