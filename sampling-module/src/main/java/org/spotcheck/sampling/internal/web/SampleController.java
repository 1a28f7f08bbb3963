package org.spotcheck.sampling.internal.web;

import java.util.List;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read access to sampling records; recording is a workflow task (/api/tasks). */
@RestController
@RequestMapping("/api/samples")
class SampleController {

    private final SamplingApi sampling;

    SampleController(SamplingApi sampling) {
        this.sampling = sampling;
    }

    /** Samples of the caller's organisation (authority, lab or enterprise). */
    @GetMapping
    @PreAuthorize("hasAnyRole('SAMPLER','PLANNER','OFFICER','LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','ENTERPRISE')")
    List<SampleView> list(Actor actor) {
        return sampling.listSamples(actor);
    }

    /** The sampling form as PDF (also linked from the pages). */
    @GetMapping(value = "/{id}/form.pdf", produces = "application/pdf")
    @PreAuthorize("hasAnyRole('SAMPLER','PLANNER','OFFICER','LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','ENTERPRISE')")
    org.springframework.http.ResponseEntity<byte[]> formPdf(Actor actor, @PathVariable long id) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "inline; filename=\"sampling-form-" + id + ".pdf\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(sampling.samplingFormPdf(actor, id));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SAMPLER','PLANNER','OFFICER','LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','ENTERPRISE')")
    SampleView get(Actor actor, @PathVariable long id) {
        return sampling.getSample(actor, id);
    }
}
