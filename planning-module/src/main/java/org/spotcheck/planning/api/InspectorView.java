package org.spotcheck.planning.api;

/** An entry of the inspector register (执法检查人员名录库). */
public record InspectorView(String code, String name, String authorityCode, String regionCode, String username,
        String qualifications) {
}
