package org.spotcheck.planning.api;

/** The registers that can be filled one record at a time or by a CSV/XLSX import. */
public enum RegisterKind {
    /** 检查对象名录库. */
    ENTERPRISES("code", "name", "credit_code", "address", "region_code", "industry", "size", "products"),
    /** 执法检查人员名录库. */
    INSPECTORS("code", "name", "region_code", "username", "qualifications", "conflicts"),
    /** 承检机构. */
    LABS("code", "name", "name_en", "accreditation_no", "region_code", "address", "products", "capacity"),
    /** 产品目录. */
    PRODUCTS("code", "name_zh", "name_en", "category", "industry", "risk_level");

    private final java.util.List<String> columns;

    RegisterKind(String... columns) {
        this.columns = java.util.List.of(columns);
    }

    /** The column keys of an import file (header row) and of a single entry, in order. */
    public java.util.List<String> columns() {
        return columns;
    }

    /** The path segment of the register, for example {@code enterprises}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RegisterKind ofPath(String path) {
        for (RegisterKind kind : values()) {
            if (kind.path().equals(path)) {
                return kind;
            }
        }
        return null;
    }
}
