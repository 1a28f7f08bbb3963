package org.spotcheck.app.workflow;

import org.spotcheck.shared.CaseNumber;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.sampling.api.CaseScopeCheck;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Tells the sampling module who may see a case (issue 12 point 2): the planning module's rule for the
 * spot-check task, under which a sampler of the authority who was not drawn sees nothing of the case
 * before it is sampled.
 */
@Component
class DrawnCaseScopeCheck implements CaseScopeCheck {

    private final SpotCheckTasks spotCheckTasks;

    DrawnCaseScopeCheck(SpotCheckTasks spotCheckTasks) {
        this.spotCheckTasks = spotCheckTasks;
    }

    @Override
    public boolean maySeeCase(Actor actor, CaseNumber caseNumber) {
        try {
            spotCheckTasks.getSpotCheckTask(actor, caseNumber.value());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
