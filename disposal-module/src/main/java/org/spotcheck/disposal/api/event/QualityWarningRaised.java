package org.spotcheck.disposal.api.event;

import org.spotcheck.shared.ModuleEvent;

/**
 * A quality warning was raised when a conclusion became final. Published inside that transaction;
 * app starts the planners' task from it.
 */
public record QualityWarningRaised(long warningId, String authorityCode, String productCode, String message)
        implements ModuleEvent {
}
