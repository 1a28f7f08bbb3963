package org.spotcheck.app.workflow.web;

import org.spotcheck.app.workflow.diagram.CaseDiagram;
import org.spotcheck.app.workflow.diagram.CaseDiagrams;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of a case's process diagram (ADR 0012): BPMN XML with the finished, current and taken
 * elements of each process instance. Visible to whoever may see the case's timeline: the authority,
 * the assigned lab, the drawn samplers and the checked enterprise; 404 outside the caller's scope.
 */
@RestController
class CaseDiagramController {

    private final CaseDiagrams diagrams;

    CaseDiagramController(CaseDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    /** For API clients (HTTP Basic or a lab's token). */
    @GetMapping("/api/cases/{businessKey}/diagram")
    @PreAuthorize("!hasAnyRole('SYS_ADMIN','SEC_ADMIN','AUDITOR')") // 三员分立: the system, security and audit administrators stay out of business records (issue 13.3)
    CaseDiagram diagram(Actor actor, @PathVariable String businessKey) {
        return diagrams.of(actor, businessKey);
    }

    /** The same for the case page's script, on the page's session (the API chain takes no session cookie). */
    @GetMapping("/cases/{businessKey}/diagram")
    @PreAuthorize("!hasAnyRole('SYS_ADMIN','SEC_ADMIN','AUDITOR')") // 三员分立 (issue 13.3)
    CaseDiagram pageDiagram(Actor actor, @PathVariable String businessKey) {
        return diagrams.of(actor, businessKey);
    }
}
