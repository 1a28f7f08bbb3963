package org.spotcheck.planning.api;

import java.util.List;

/**
 * The outcome of recomputing a draw.
 *
 * @param poolHashMatches  the stored pool still hashes to the stored hash
 * @param resultMatches    seed + pool + algorithm give the stored result again
 * @param commitmentMatches the commitment published at draw time is what seed, pool and result give
 *                          (true for a draw made before commitments existed)
 * @param genuine          all hold
 */
public record DrawVerification(long drawId, String algorithm, String seed, String storedPoolHash,
        String recomputedPoolHash, boolean poolHashMatches, List<String> storedResult,
        List<String> recomputedResult, boolean resultMatches, String storedCommitment, String recomputedCommitment,
        boolean commitmentMatches, boolean genuine) {
}
