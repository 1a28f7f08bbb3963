package org.spotcheck.planning.api;

/** 市场监督管理部门. */
public record AuthorityView(String code, String name, String regionCode, String level) {
}
