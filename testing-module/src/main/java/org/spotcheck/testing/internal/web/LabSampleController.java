package org.spotcheck.testing.internal.web;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportVerification;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.RequestCorrectionCommand;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to lab samples and reports, the report PDF, the correction request and the public
 * report check. The steps themselves are workflow tasks (/api/tasks) or LIMS submissions
 * (/api/lims/**).
 */
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

    /** Every version of the sample's report, newest first. */
    @GetMapping("/api/lab-samples/{id}/reports")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','PLANNER','OFFICER')")
    List<ReportView> reports(Actor actor, @PathVariable long id) {
        return testing.reportVersions(actor, id);
    }

    @GetMapping("/api/reports/{id}")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','PLANNER','OFFICER','ENTERPRISE')")
    ReportView report(Actor actor, @PathVariable long id) {
        return testing.getReport(actor, id);
    }

    /** The issued report as a PDF: for its lab and for the organising authority. */
    @GetMapping("/api/reports/{id}/pdf")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','PLANNER','OFFICER','ENTERPRISE')")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        ReportView report = testing.getReport(actor, id);
        byte[] pdf = testing.reportPdf(actor, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename((report.reportNo() == null ? "report-" + id : report.reportNo()) + ".pdf").build().toString())
                .body(pdf);
    }

    /**
     * The authorised signatory asks for a corrected version of an issued report; the correction then
     * runs through the lab's tester, reviewer and signatory again (process reportCorrection).
     */
    @PostMapping("/api/reports/{id}/corrections")
    @PreAuthorize("hasRole('LAB_APPROVER')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReportView requestCorrection(Actor actor, @PathVariable long id, @RequestBody RequestCorrectionCommand command) {
        return testing.requestCorrection(actor, id, command);
    }

    /** Public (no login): is the report with this number and content hash genuine? */
    @GetMapping("/api/public/reports/verify")
    @PreAuthorize("permitAll()")
    ReportVerification verify(@RequestParam(name = "no", required = false) String reportNo,
            @RequestParam(name = "hash", required = false) String hash) {
        return testing.verifyReport(reportNo, hash);
    }
}
