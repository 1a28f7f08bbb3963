package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_publication_redaction: one field withheld from the public, with the reason. */
public class RedactionRow {
    public Long id;
    public Long publicationId;
    public String field;
    public String reason;
    public String redactedBy;
    public Instant redactedAt;
}
