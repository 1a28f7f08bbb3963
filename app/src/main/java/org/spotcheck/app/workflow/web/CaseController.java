package org.spotcheck.app.workflow.web;

import org.spotcheck.app.workflow.CaseService;
import org.spotcheck.app.workflow.CaseTimeline;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The timeline of a plan (by plan code) or a spot-check (by case number). */
@RestController
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    /** Visible to the authority, the assigned lab, the drawn samplers and the checked enterprise. */
    @GetMapping("/api/cases/{businessKey}")
    @PreAuthorize("!hasAnyRole('SYS_ADMIN','SEC_ADMIN','AUDITOR')") // 三员分立: the system, security and audit administrators stay out of business records (issue 13.3)
    CaseTimeline timeline(Actor actor, @PathVariable String businessKey) {
        return cases.timeline(actor, businessKey);
    }
}
