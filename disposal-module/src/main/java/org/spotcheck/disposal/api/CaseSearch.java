package org.spotcheck.disposal.api;

import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Paged;

/** The result-handling list as it scales (issue 17.4): searched and paged in the database, within the caller's scope. */
public interface CaseSearch {

    /** One page of the cases the caller may see that match, newest first, with the number that match in all. */
    Paged<CaseView> searchCases(Actor actor, CaseQuery query);

    /** The statuses a case can be in, to choose from. */
    java.util.List<String> statuses();
}
