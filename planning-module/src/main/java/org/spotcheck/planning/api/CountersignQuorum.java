package org.spotcheck.planning.api;

/**
 * How many of the colleagues asked to countersign (会签) a plan must agree: the configured share of them,
 * rounded up (all of them by default, {@code spotcheck.planning.countersign-share}). The countersign
 * passes when that many agreed; it has failed once more than {@code signers - required} disagreed.
 *
 * @param signers  the colleagues asked
 * @param required how many of them must agree
 */
public record CountersignQuorum(int signers, int required) {

    public CountersignQuorum {
        if (signers < 0 || required < 0 || required > signers) {
            throw new IllegalArgumentException("a quorum of " + required + " among " + signers + " signers");
        }
    }

    /** The quorum of a share in (0, 1] of {@code signers}, rounded up. */
    public static CountersignQuorum of(double share, int signers) {
        requireShare(share);
        return new CountersignQuorum(signers, (int) Math.ceil(share * signers - 1e-9));
    }

    /** Refuses a configured share outside (0, 1]. */
    public static double requireShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalStateException("spotcheck.planning.countersign-share must be in (0, 1]: " + share);
        }
        return share;
    }

    /** How many may disagree before the countersign cannot pass any more. */
    public int allowedRejections() {
        return signers - required;
    }

    /** Whether the countersign passed with this many agreeing. */
    public boolean passedWith(int approvals) {
        return approvals >= required;
    }
}
