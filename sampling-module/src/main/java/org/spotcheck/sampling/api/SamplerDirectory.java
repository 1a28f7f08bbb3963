package org.spotcheck.sampling.api;

import java.util.Map;

/**
 * Who the samplers of an authority are (issue 19): a seal range is issued only to one of them. The sampling module
 * does not keep the accounts; app answers from them.
 */
public interface SamplerDirectory {

    /** The enabled accounts of the authority holding the sampler role: username to display name, by username. */
    Map<String, String> samplersOf(String authorityCode);
}
