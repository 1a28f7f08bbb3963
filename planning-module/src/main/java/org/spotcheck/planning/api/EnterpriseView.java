package org.spotcheck.planning.api;

import java.util.List;

/** An entry of the inspection-object register (检查对象名录库). */
public record EnterpriseView(String code, String name, String creditCode, String address, String regionCode,
        String industry, String size, List<String> productCodes) {
}
