package org.spotcheck.testing.internal.web;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read access to lab samples and reports; the steps themselves are workflow tasks (/api/tasks). */
@RestController
class LabSampleController {

    private final TestingApi testing;

    LabSampleController(TestingApi testing) {
        this.testing = testing;
    }

    /** The caller's lab inbox: only samples assigned to his lab. */
    @GetMapping("/api/lab-samples")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER')")
    List<LabSampleView> list(Actor actor) {
        return testing.listLabSamples(actor);
    }

    @GetMapping("/api/lab-samples/{id}")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','PLANNER','OFFICER')")
    LabSampleView get(Actor actor, @PathVariable long id) {
        return testing.getLabSample(actor, id);
    }

    @GetMapping("/api/reports/{id}")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','PLANNER','OFFICER')")
    ReportView report(Actor actor, @PathVariable long id) {
        return testing.getReport(actor, id);
    }
}
