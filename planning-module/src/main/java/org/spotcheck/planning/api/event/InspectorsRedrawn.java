package org.spotcheck.planning.api.event;

import java.util.List;
import org.spotcheck.shared.ModuleEvent;

/** The inspectors of a spot-check task were drawn again; the sampling step must go to the new team. */
public record InspectorsRedrawn(String taskCode, List<String> samplerUsernames, long drawId) implements ModuleEvent {
}
