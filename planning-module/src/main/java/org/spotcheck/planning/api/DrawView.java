package org.spotcheck.planning.api;

import java.time.Instant;
import java.util.List;

/** A stored random draw: everything needed to recompute it. */
public record DrawView(
        long id,
        long planItemId,
        String kind,
        String algorithm,
        String seed,
        String filters,
        List<String> pool,
        String poolHash,
        int count,
        List<String> result,
        String reason,
        String drawnBy,
        Instant drawnAt) {
}
