package org.spotcheck.sampling.api;

/**
 * An upload for a spot-check task.
 *
 * @param kind the name of an {@link AttachmentKind}
 */
public record StoreAttachmentCommand(String taskCode, String authorityCode, String enterpriseCode, String labCode,
        String kind, String originalName, String declaredContentType, byte[] content) {
}
