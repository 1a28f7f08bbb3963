package org.spotcheck.app.workflow.web;

import org.spotcheck.app.workflow.StepEvidence;
import org.spotcheck.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A file of the case a step rests on, read through the step by the authority the case was escalated to (the province
 * announcing a failed re-inspection): see {@link StepEvidence}. Everyone else reads files at their own addresses.
 */
@RestController
class CaseFileController {

    private final StepEvidence evidence;

    CaseFileController(StepEvidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/tasks/{id}/case-files/{n}")
    @org.springframework.security.access.prepost.PreAuthorize("!hasAnyRole('SYS_ADMIN','SEC_ADMIN','AUDITOR')") // 三员分立 (issue 13.3)
    ResponseEntity<byte[]> caseFile(Actor actor, @PathVariable String id, @PathVariable int n) {
        StepEvidence.File file = evidence.caseFile(actor, id, n);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
