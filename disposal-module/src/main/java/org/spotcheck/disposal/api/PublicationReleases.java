package org.spotcheck.disposal.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/** 一公开: the redaction review and release of results and announcements, and the public list of what was released. */
public interface PublicationReleases {

    /** Publications of the caller's authority, with their state. */
    List<PublicationView> listPublications(Actor actor);

    /**
     * The redaction review (脱敏审核) of a result or an announcement: the reviewer withholds fields, each
     * with a reason, and releases it. Only a final conclusion may be released (422 PUBLICATION_HELD
     * otherwise); the author of an announcement may not review it (403 SEPARATION_OF_DUTIES).
     */
    PublicationView releasePublication(Actor actor, long publicationId, PublicationReleaseCommand command);

    /** Released results and announcements, newest first. */
    List<PublicResultView> publicResults();

    /** One page of the released results that match, newest first, with how many match (结果公开, issue 17.4). */
    org.spotcheck.shared.Paged<PublicResultView> searchPublicResults(PublicResultQuery query);
}
