package org.spotcheck.planning.internal.application;

import org.spotcheck.planning.internal.persistence.ComplaintMapper;
import org.spotcheck.planning.internal.persistence.DrawMapper;
import org.spotcheck.planning.internal.persistence.LabConflictMapper;
import org.spotcheck.planning.internal.persistence.PlanMapper;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.planning.internal.persistence.SpotCheckTaskMapper;
import org.springframework.stereotype.Component;

/** The planning module's mappers, handed to every planning service at once. */
@Component
record PlanningMappers(PlanMapper plans, RegisterMapper registers, DrawMapper draws, SpotCheckTaskMapper tasks,
        ComplaintMapper complaints, LabConflictMapper labConflicts) {
}
