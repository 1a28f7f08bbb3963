package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/**
 * A page of the public feed in release order (oldest first).
 *
 * @param entries      at most the asked limit
 * @param lastReleased release time of the last entry (of the cursor when the page is empty), for the next cursor
 * @param lastId       id of the last entry (of the cursor when the page is empty)
 * @param more         whether further releases follow right now
 */
public record PublicFeedPage(List<PublicFeedEntry> entries, Instant lastReleased, long lastId, boolean more) {
}
