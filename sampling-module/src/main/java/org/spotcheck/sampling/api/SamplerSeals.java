package org.spotcheck.sampling.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/** The seal ranges as the samplers use them; issuing and withdrawing them is {@link SealRangeApi}. */
public interface SamplerSeals {

    /**
     * The numbered seal ranges issued to the samplers of the caller's authority (issue 19): the
     * offline sampling app downloads them; the seal numbers of a sampling form are checked against them.
     */
    List<SealRangeView> sealRanges(Actor actor);

    /** Whether every seal number must come from an issued range (setting spotcheck.sampling.seal-ranges-required). */
    boolean sealRangesRequired();
}
