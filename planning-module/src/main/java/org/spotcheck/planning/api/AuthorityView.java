package org.spotcheck.planning.api;

/**
 * 市场监督管理部门.
 *
 * @param nameEn the name in English for English pages, or null (the page then shows the Chinese name)
 */
public record AuthorityView(String code, String name, String regionCode, String level, String nameEn) {
}
