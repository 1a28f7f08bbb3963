package org.spotcheck.shared;

/** Marker of the past-tense facts that modules publish in {@code api.event}. */
public interface ModuleEvent {
}
