package org.spotcheck.sampling.api;

import java.time.Instant;

/** An uploaded photo or piece of evidence (the file itself is fetched separately). */
public record AttachmentView(long id, String taskCode, String kind, String contentType, long sizeBytes, String sha256,
        String originalName, String uploadedBy, Instant uploadedAt) {
}
