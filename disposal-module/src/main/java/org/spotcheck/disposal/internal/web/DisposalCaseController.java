package org.spotcheck.disposal.internal.web;

import java.util.List;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read access to result-handling cases; the steps are workflow tasks (/api/tasks). */
@RestController
class DisposalCaseController {

    private final DisposalApi disposal;

    DisposalCaseController(DisposalApi disposal) {
        this.disposal = disposal;
    }

    /** Cases of the caller's authority or enterprise. */
    @GetMapping("/api/disposal/cases")
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','PLANNER','ENTERPRISE')")
    List<CaseView> list(Actor actor) {
        return disposal.listCases(actor);
    }

    /** Enforcement referrals of the caller's authority. */
    @GetMapping("/api/disposal/referrals")
    @PreAuthorize("hasAnyRole('ENFORCER','OFFICER')")
    List<ReferralView> referrals(Actor actor) {
        return disposal.listReferrals(actor);
    }

    @GetMapping("/api/disposal/referrals/{id}")
    @PreAuthorize("hasAnyRole('ENFORCER','OFFICER')")
    ReferralView referral(Actor actor, @PathVariable long id) {
        return disposal.getReferral(actor, id);
    }

    @GetMapping("/api/disposal/cases/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','PLANNER','ENTERPRISE')")
    CaseView get(Actor actor, @PathVariable long id) {
        return disposal.getCase(actor, id);
    }
}
