package org.spotcheck.disposal.internal.application;

import static org.spotcheck.shared.SearchTerms.exact;
import static org.spotcheck.shared.SearchTerms.like;
import static org.spotcheck.shared.SearchTerms.regionPrefix;

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
        CaseSearchMapper.Criteria c = new CaseSearchMapper.Criteria(actor.orgCode(), like(q.number()), like(q.enterprise()),
                exact(q.enterprise()), like(q.product()), exact(q.product()), regionPrefix(q.region()), status, start(q.from()), start(q.to() == null ? null : q.to().plusDays(1)));
        return Paged.read(q.page(), q.size(), () -> search.count(c),
                (size, offset) -> search.search(c, size, offset).stream().map(store::view).toList());
    }

    @Override
    public java.util.List<String> statuses() {
        return Arrays.stream(DisposalCase.Status.values()).map(Enum::name).toList();
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(DisposalSettings.CHINA).toInstant();
    }
}
