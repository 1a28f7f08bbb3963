package org.spotcheck.planning.api;

import java.util.List;

/** The outcome of an import that was accepted whole. */
public record ImportResult(String register, int imported, List<String> codes) {
}
