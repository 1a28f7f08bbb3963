package org.spotcheck.planning.api;

import java.util.List;

/**
 * An entry of the inspector register (执法检查人员名录库).
 *
 * @param conflicts enterprise codes the inspector declared a conflict of interest with (回避)
 */
public record InspectorView(String code, String name, String authorityCode, String regionCode, String username,
        String qualifications, List<String> conflicts) {
}
