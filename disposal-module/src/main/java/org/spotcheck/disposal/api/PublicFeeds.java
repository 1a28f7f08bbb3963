package org.spotcheck.disposal.api;

import java.util.List;

/** The public feed of released results (issue 18.4): pages by cursor, the newest releases, CSV. */
public interface PublicFeeds {

    /**
     * The public feed (issue 18.4): releases after the cursor in release order, oldest first: released at
     * {@code from} with an id above {@code afterId}, or released later. Only released publications,
     * withheld fields removed.
     */
    PublicFeedPage publicFeed(java.time.Instant from, long afterId, int limit);

    /** The newest releases, newest first (the Atom feed). */
    List<PublicFeedEntry> latestReleases(int limit);

    /** A feed page as UTF-8 CSV with the header {@link PublicFeedEntry#FIELDS}, formula-safe cells. */
    byte[] publicFeedCsv(PublicFeedPage page);
}
