package org.spotcheck.planning.api;

import java.util.List;

/** 承检机构. */
public record LabView(String code, String name, String accreditationNo, String regionCode, String address,
        List<String> productCodes, int capacity) {
}
