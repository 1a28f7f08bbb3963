package org.spotcheck.sampling.api;

import java.time.Instant;

/**
 * A file added to a case after its sampling record was sealed (issue 12 point 7): kept apart from the
 * record, attributed to who added it, from which organisation, and when. The file itself is fetched
 * like any attachment, by {@code attachmentId}.
 */
public record CaseDocumentView(long id, long attachmentId, String caseCode, String kind, String contentType, long sizeBytes,
        String sha256, String originalName, String uploadedBy, String uploaderOrgType, String uploaderOrgCode,
        Instant uploadedAt) {
}
