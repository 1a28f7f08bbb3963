package org.spotcheck.app.workflow;

import org.spotcheck.shared.CaseNumber;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.ResultServiceCheck;
import org.springframework.stereotype.Component;

/**
 * Tells the testing module whether a case's result notice has been served on the enterprise (issue 12,
 * point 5): the enterprise reads its issued test report only from then on, or once a conforming case is closed. A re-inspection's sample
 * ({@code <case number>-F<round>}) belongs to the case it follows up, whose notice was served long before.
 */
@Component
class NoticeServedCheck implements ResultServiceCheck {

    private final ResultHandling resultHandling;

    NoticeServedCheck(ResultHandling resultHandling) {
        this.resultHandling = resultHandling;
    }

    @Override
    public boolean noticeServed(CaseNumber caseNumber) {
        String code = caseNumber.ofCase().value();
        // a conforming case has no notice step: it closes when the report is issued, and from then on the
        // enterprise reads the report that found no non-conformity (domain.md stage G: it is told the conclusion)
        return resultHandling.casesOfTask(Actor.SYSTEM, code).stream()
                .anyMatch(c -> c.servedAt() != null || "NO_NONCONFORMITY".equals(c.closeReason()));
    }
}
