package org.spotcheck.sampling.internal.persistence;

import java.time.Instant;

/** Row of smp_attachment. */
public class AttachmentRow {
    public Long id;
    public String fileKey;
    public String taskCode;
    public String authorityCode;
    public String enterpriseCode;
    public String labCode;
    public String kind;
    public String contentType;
    public Long sizeBytes;
    public String sha256;
    public String originalName;
    public String uploadedBy;
    public Instant uploadedAt;
    /** The sealed sampling record the file belongs to; null while pending or for a case document. */
    public Long recordId;
    /** Set when the file is a case document added after sealing (smp_case_document). */
    public String uploaderOrgType;
    public String uploaderOrgCode;
    public Long documentId;
}
