package org.spotcheck.planning.api;

import java.util.List;

/**
 * 承检机构.
 *
 * @param nameEn the name in English for English pages, or null (the page then shows the Chinese name)
 */
public record LabView(String code, String name, String accreditationNo, String regionCode, String address,
        List<String> productCodes, int capacity, String nameEn) {
}
