package org.spotcheck.disposal.internal.application;

import jakarta.validation.Validator;
import java.util.List;
import org.spotcheck.disposal.api.PublicResultView;
import org.spotcheck.disposal.api.PublicationReleaseCommand;
import org.spotcheck.disposal.api.PublicationView;
import org.spotcheck.disposal.api.Publications;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Publications} on the {@link PublicationLog}. */
@Service
@Transactional
class PublicationService implements Publications {

    private final PublicationLog publications;

    private final Validator validator;

    private final PublicFeed feed;

    PublicationService(PublicationLog publications, Validator validator, PublicFeed feed) {
        this.publications = publications;
        this.validator = validator;
        this.feed = feed;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicationView> listPublications(Actor actor) {
        return publications.list(actor);
    }

    @Override
    public PublicationView releasePublication(Actor actor, long publicationId, PublicationReleaseCommand command) {
        Validation.check(validator, command);
        return publications.release(actor, publicationId, command);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicResultView> publicResults() {
        return publications.released();
    }

    @Override
    @Transactional(readOnly = true)
    public org.spotcheck.shared.Paged<PublicResultView> searchPublicResults(org.spotcheck.disposal.api.PublicResultQuery query) {
        return publications.searchReleased(query);
    }

    @Override
    @Transactional(readOnly = true)
    public org.spotcheck.disposal.api.PublicFeedPage publicFeed(java.time.Instant from, long afterId, int limit) {
        return feed.after(from, afterId, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.spotcheck.disposal.api.PublicFeedEntry> latestReleases(int limit) {
        return feed.latest(limit);
    }

    @Override
    public byte[] publicFeedCsv(org.spotcheck.disposal.api.PublicFeedPage page) {
        return feed.csv(page);
    }
}
