package org.spotcheck.sampling.api;

import org.spotcheck.shared.CaseNumber;
import org.spotcheck.shared.Actor;

/**
 * Whether a caller may see a spot-check case at all. The sampling module does not know who was drawn
 * for a case: app answers from the planning module. A file uploaded while the sampling step is open
 * (not yet sealed into a record) would name the drawn enterprise before sampling, so it is shown only
 * to those who may see the case (issue 12 point 2, Order 18 art. 14: no advance notice): the
 * authority's planners, reviewers and approvers and the samplers drawn for it; a sampler of the
 * authority who was not drawn sees nothing until the case is sampled.
 */
public interface CaseScopeCheck {

    /** @return true when the actor may see the case with this number */
    boolean maySeeCase(Actor actor, CaseNumber caseNumber);
}
