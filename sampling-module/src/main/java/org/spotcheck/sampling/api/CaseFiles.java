package org.spotcheck.sampling.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;

/** Evidence uploads of a case: sealed into its sampling record while sampling is open, case documents after. */
public interface CaseFiles {

    /**
     * A drawn sampler adds a file to the case's sampling record while its sampling step is open (the
     * caller, app, knows the step): it is checked by its first bytes and size, and it is sealed into the
     * next sampling record of the case; after that it never leaves it and nothing joins it (issue 12.7).
     */
    AttachmentView storeAttachment(Actor actor, StoreAttachmentCommand command);

    /**
     * A file added to a case once its sampling record is sealed (or by anyone but its drawn samplers):
     * the same checks as {@link #storeAttachment}, stored as a separate case document attributed to the
     * caller and the time, never part of a sampling record (issue 12.7).
     */
    AttachmentView storeCaseDocument(Actor actor, StoreAttachmentCommand command);

    /** The case documents of a case the caller may see, oldest first; empty if he may not see the case. */
    List<CaseDocumentView> caseDocuments(Actor actor, CaseNumber caseNumber);

    AttachmentContent readAttachment(Actor actor, long attachmentId);
}
