package org.spotcheck.disposal.internal.application;

import java.time.LocalDate;
import java.util.Arrays;
import org.spotcheck.disposal.api.CaseQuery;
import org.spotcheck.disposal.api.CaseSearch;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.internal.domain.DisposalCase;
import org.spotcheck.disposal.internal.persistence.CaseSearchMapper;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link CaseSearch}: the criteria as SQL, one page read and counted in the database. */
@Service
@Transactional(readOnly = true)
class CaseSearchService implements CaseSearch {

    private final CaseStore store;
    private final CaseSearchMapper search;

    CaseSearchService(CaseStore store, CaseSearchMapper search) {
        this.store = store;
        this.search = search;
    }

    @Override
    public Paged<CaseView> searchCases(Actor actor, CaseQuery q) {
        String status = q.status() != null && Arrays.stream(DisposalCase.Status.values()).anyMatch(s -> s.name().equals(q.status()))
                ? q.status() : null;
        String region = blank(q.region()) ? null : q.region().strip().matches("\\d{1,6}") ? q.region().strip() + "%" : "-";
        CaseSearchMapper.Criteria c = new CaseSearchMapper.Criteria(actor.orgCode(), like(q.number()), like(q.enterprise()),
                exact(q.enterprise()), like(q.product()), exact(q.product()), region, status, start(q.from()), start(q.to() == null ? null : q.to().plusDays(1)));
        int size = q.size() == 50 ? 50 : 20;
        int page = Math.max(1, q.page());
        long total = search.count(c);
        return new Paged<>(search.search(c, size, Paged.offset(page, size)).stream().map(store::view).toList(), total, page, size);
    }

    @Override
    public java.util.List<String> statuses() {
        return Arrays.stream(DisposalCase.Status.values()).map(Enum::name).toList();
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(DisposalSettings.CHINA).toInstant();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A part to find: LIKE's wildcards in it are taken literally (backslash is the default escape of H2 and MariaDB). */
    private static String like(String text) {
        if (blank(text)) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String exact(String text) {
        return blank(text) ? null : text.strip();
    }
}
