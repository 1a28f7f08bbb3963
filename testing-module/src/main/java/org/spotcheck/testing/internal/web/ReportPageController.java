package org.spotcheck.testing.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.SpotcheckException;
import org.spotcheck.shared.VerificationPage;
import org.spotcheck.testing.api.RequestCorrectionCommand;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the lab's sample inbox with its reports, and the public report check that the QR code opens. */
@Controller
class ReportPageController {

    private final TestingApi testing;
    private final MessageSource messages;

    ReportPageController(TestingApi testing, MessageSource messages) {
        this.testing = testing;
        this.messages = messages;
    }

    /** The lab inbox: the samples assigned to the caller's lab, each with its newest report. */
    @GetMapping("/lab-samples")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER')")
    String labSamples(Actor actor, @org.springframework.web.bind.annotation.RequestParam Map<String, String> params, Model model) {
        // searched and paged in the database within the caller's lab (issue 17.4); the filters stay in the URL
        org.spotcheck.shared.Paged<LabSampleView> found = testing.searchLabSamples(actor, new org.spotcheck.testing.api.LabSampleQuery(
                params.get("number"), params.get("enterprise"), params.get("product"), params.get("status"), day(params.get("from")),
                day(params.get("to")), org.spotcheck.shared.Paged.page(params.get("page")), org.spotcheck.shared.Paged.size(params.get("size"))));
        List<LabSampleView> samples = found.items();
        model.addAttribute("found", found);
        model.addAttribute("statuses", org.spotcheck.testing.api.LabSampleQuery.STATUSES);
        model.addAttribute("filters", org.spotcheck.shared.Paged.query(params, "number", "enterprise", "product", "status", "from", "to",
                "size", "lang"));
        Map<Long, ReportView> reports = new LinkedHashMap<>();
        for (LabSampleView s : samples) {
            ReportView report = testing.currentReport(actor, s.id());
            if (report != null) {
                reports.put(s.id(), report);
            }
        }
        model.addAttribute("samples", samples);
        model.addAttribute("reports", reports);
        return "testing/lab-samples";
    }

    /** A day typed into the search box; anything else is no criterion. */
    private static java.time.LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The issued report's PDF for a logged-in page user (the API door takes HTTP Basic only). */
    @GetMapping("/lab-samples/reports/{id}/pdf")
    @PreAuthorize("hasAnyRole('LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','PLANNER','OFFICER','ENTERPRISE')")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        ReportView report = testing.getReport(actor, id);
        byte[] pdf = testing.reportPdf(actor, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(report.reportNo() + ".pdf").build().toString())
                .body(pdf);
    }

    /** The authorised signatory asks for a corrected version of an issued report, with the reason. */
    @PostMapping("/lab-samples/reports/{id}/corrections")
    @PreAuthorize("hasRole('LAB_APPROVER')")
    String requestCorrection(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            ReportView report = testing.requestCorrection(actor, id, new RequestCorrectionCommand(reason));
            redirect.addFlashAttribute("done", report.reportNo());
        } catch (SpotcheckException e) {
            redirect.addFlashAttribute("failed", messages.getMessage("problem." + e.rule(), e.args(), e.getMessage(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/lab-samples";
    }

    /** Public (no login): the QR code on a report opens this page. */
    @GetMapping("/public/reports/verify")
    @PreAuthorize("permitAll()")
    String verify(@RequestParam(name = "no", required = false) String reportNo,
            @RequestParam(name = "hash", required = false) String hash, Model model) {
        model.addAllAttributes(VerificationPage.model(reportNo, hash, testing::verifyReport));
        return "testing/report-verify";
    }
}
