package org.spotcheck.planning.api;

import java.time.Instant;
import java.util.List;

/**
 * A stored random draw: everything needed to recompute it.
 *
 * @param kind           ENTERPRISE or INSPECTOR
 * @param stratum        LARGE, MEDIUM or SMALL for one stratum of a stratified enterprise draw, else null
 * @param taskCode       the spot-check task an inspector draw is for
 * @param reason         why the draw was made again (a re-draw), else null
 * @param replacesDrawId the draw a re-draw replaces
 * @param commitment     SHA-256 commitment published at draw time (null for older draws)
 * @param poolSize       how many candidates the draw chose from; null while sealed (a pool of one, or as large as
 *                       the draw, would tell its candidates in advance that they will be sampled: Order 18)
 * @param revealed       every case of the draw has been sampled (or closed unsampled): seed, pool
 *                       and result may be published (Order 18: no advance notice)
 */
public record DrawView(
        long id,
        long planItemId,
        String kind,
        String stratum,
        String taskCode,
        String algorithm,
        String seed,
        String filters,
        List<String> pool,
        String poolHash,
        int count,
        List<String> result,
        String reason,
        Long replacesDrawId,
        String drawnBy,
        Instant drawnAt,
        String commitment,
        Integer poolSize,
        boolean revealed) {

    /** The same draw without who made it (for the public). */
    public DrawView anonymous() {
        return new DrawView(id, planItemId, kind, stratum, taskCode, algorithm, seed, filters, pool, poolHash, count,
                result, reason, replacesDrawId, null, drawnAt, commitment, poolSize, revealed);
    }

    /** Before sampling, for anyone but the authority's planners: the commitment and the number drawn only. */
    public DrawView sealed() {
        return new DrawView(id, planItemId, kind, stratum, null, algorithm, null, null, List.of(), null, count, List.of(),
                reason, replacesDrawId, null, drawnAt, commitment, null, false);
    }
}
