package org.spotcheck.planning.internal.application;

import static org.spotcheck.shared.SearchTerms.blank;
import static org.spotcheck.shared.SearchTerms.escaped;
import static org.spotcheck.shared.SearchTerms.like;
import static org.spotcheck.shared.SearchTerms.regionPrefix;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.RegisterQuery;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Paged;
import org.spotcheck.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers' lists searched and paged in SQL (issue 17.4), in the scope the unpaged lists apply: an authority sees
 * the enterprises of its region and its own inspectors, anyone else only his own enterprise; labs and products are
 * shared. Each entry is keyed by its register's columns.
 */
@Service
@Transactional(readOnly = true)
class RegisterSearch {

    private final RegisterMapper registers;

    RegisterSearch(RegisterMapper registers) {
        this.registers = registers;
    }

    Paged<Map<String, String>> search(Actor actor, RegisterKind kind, RegisterQuery q) {
        int size = Paged.size(q.size());
        int page = Math.max(1, q.page());
        long offset = Paged.offset(page, size);
        String region = regionPrefix(q.region());
        String product = blank(q.product()) ? null : "%," + escaped(q.product().strip()) + ",%";
        String name = like(q.name());
        return switch (kind) {
            case ENTERPRISES -> {
                RegisterMapper.SearchCriteria c = actor.isAuthority()
                        ? new RegisterMapper.SearchCriteria(name, region, product, scope(actor.regionCode()), null)
                        : new RegisterMapper.SearchCriteria(name, region, product, null, actor.orgCode() == null ? "-" : actor.orgCode());
                yield new Paged<>(registers.searchEnterprises(c, size, offset).stream().map(e -> row(
                        "code", e.code, "name", e.name, "credit_code", e.creditCode, "address", e.address,
                        "region_code", e.regionCode, "industry", e.industry, "size", e.size,
                        "products", String.join(",", PlanningSupport.codes(e.productCodes)))).toList(),
                        registers.countEnterprises(c), page, size);
            }
            case INSPECTORS -> {
                RegisterMapper.SearchCriteria c = new RegisterMapper.SearchCriteria(name, region, null, null,
                        actor.orgCode() == null ? "-" : actor.orgCode());
                yield new Paged<>(registers.searchInspectors(c, size, offset).stream().map(i -> row(
                        "code", i.code, "name", i.name, "region_code", i.regionCode, "username", i.username,
                        "qualifications", i.qualifications, "conflicts", String.join(",", PlanningSupport.codes(i.conflicts)))).toList(),
                        registers.countInspectors(c), page, size);
            }
            case LABS -> {
                RegisterMapper.SearchCriteria c = new RegisterMapper.SearchCriteria(name, region, product, null, null);
                yield new Paged<>(registers.searchLabs(c, size, offset).stream().map(l -> row(
                        "code", l.code, "name", l.name, "name_en", l.nameEn, "accreditation_no", l.accreditationNo, "region_code", l.regionCode,
                        "address", l.address, "products", String.join(",", PlanningSupport.codes(l.productCodes)),
                        "capacity", String.valueOf(l.capacity))).toList(),
                        registers.countLabs(c), page, size);
            }
            case PRODUCTS -> {
                RegisterMapper.SearchCriteria c = new RegisterMapper.SearchCriteria(name, null, null, null, null);
                yield new Paged<>(registers.searchProducts(c, size, offset).stream().map(p -> row(
                        "code", p.code, "name_zh", p.nameZh, "name_en", p.nameEn, "category", p.categoryZh,
                        "industry", p.industryZh, "risk_level", p.riskLevel)).toList(),
                        registers.countProducts(c), page, size);
            }
        };
    }

    /** The region an authority oversees as a LIKE pattern, as {@link RegionCode#contains} reads it; none when not valid. */
    static String scope(String regionCode) {
        if (!RegionCode.isValid(regionCode)) {
            return "-";
        }
        if (regionCode.endsWith("0000")) {
            return regionCode.substring(0, 2) + "%";
        }
        return regionCode.endsWith("00") ? regionCode.substring(0, 4) + "%" : regionCode;
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return row;
    }
}
