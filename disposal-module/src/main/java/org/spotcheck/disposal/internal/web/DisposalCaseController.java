package org.spotcheck.disposal.internal.web;

import java.time.LocalDate;
import java.util.List;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.PublicResultView;
import org.spotcheck.disposal.api.PublicationReleaseCommand;
import org.spotcheck.disposal.api.PublicationView;
import org.spotcheck.disposal.api.Publications;
import org.spotcheck.disposal.api.QualityWarnings;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.disposal.api.Statistics;
import org.spotcheck.disposal.api.StatisticsQuery;
import org.spotcheck.disposal.api.StatisticsView;
import org.spotcheck.disposal.api.WarningRuleCommand;
import org.spotcheck.disposal.api.WarningRuleView;
import org.spotcheck.disposal.api.WarningView;
import org.spotcheck.shared.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Result-handling cases, their notice PDFs, publication review and the public results. The steps
 * of a case are workflow tasks (/api/tasks).
 */
@RestController
class DisposalCaseController {

    private final ResultHandling resultHandling;
    private final Referrals referrals;
    private final Publications publications;
    private final Statistics statistics;
    private final QualityWarnings qualityWarnings;

    DisposalCaseController(ResultHandling resultHandling, Referrals referrals, Publications publications, Statistics statistics, QualityWarnings qualityWarnings) {
        this.resultHandling = resultHandling;
        this.referrals = referrals;
        this.publications = publications;
        this.statistics = statistics;
        this.qualityWarnings = qualityWarnings;
    }

    /** Cases of the caller's authority or enterprise. */
    @GetMapping("/api/disposal/cases")
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','PLANNER','ENTERPRISE')")
    List<CaseView> list(Actor actor) {
        return resultHandling.listCases(actor);
    }

    /** Enforcement referrals of the caller's authority. */
    @GetMapping("/api/disposal/referrals")
    @PreAuthorize("hasAnyRole('ENFORCER','OFFICER')")
    List<ReferralView> referrals(Actor actor) {
        return referrals.listReferrals(actor);
    }

    @GetMapping("/api/disposal/referrals/{id}")
    @PreAuthorize("hasAnyRole('ENFORCER','OFFICER')")
    ReferralView referral(Actor actor, @PathVariable long id) {
        return referrals.getReferral(actor, id);
    }

    /** 移送函 as PDF (the second path is the pages'). */
    @GetMapping({"/api/disposal/referrals/{id}/letter.pdf", "/disposal/referrals/{id}/letter.pdf"})
    @PreAuthorize("hasAnyRole('ENFORCER','OFFICER')")
    ResponseEntity<byte[]> referralLetter(Actor actor, @PathVariable long id) {
        return pdf(referrals.referralLetterPdf(actor, id), "referral-" + id + ".pdf");
    }

    /**
     * The result notice as it will be served, before the officer serves it (marked 预览, no 文号 yet); the
     * producer named on the label may be given to see it as served with it.
     */
    @GetMapping({"/api/disposal/cases/{id}/notice-preview.pdf", "/disposal/cases/{id}/notice-preview.pdf"})
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<byte[]> noticePreview(Actor actor, @PathVariable long id,
            @RequestParam(name = "producerName", required = false) String producerName) {
        return pdf(resultHandling.noticePreviewPdf(actor, id, producerName), "notice-preview-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf);
    }

    @GetMapping("/api/disposal/cases/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','PLANNER','ENTERPRISE')")
    CaseView get(Actor actor, @PathVariable long id) {
        return resultHandling.getCase(actor, id);
    }

    /**
     * 检验结果通知书 as PDF: to the enterprise, or {@code recipient=PRODUCER} for the producer named on the
     * label. The second path is the pages' (the API door takes no session).
     */
    @GetMapping({"/api/disposal/cases/{id}/notice.pdf", "/disposal/cases/{id}/notice.pdf"})
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','ENTERPRISE')")
    ResponseEntity<byte[]> notice(Actor actor, @PathVariable long id,
            @RequestParam(defaultValue = "ENTERPRISE") String recipient) {
        byte[] pdf = resultHandling.noticePdf(actor, id, recipient);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("notice-" + id + ("PRODUCER".equalsIgnoreCase(recipient) ? "-producer" : "") + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    /** 责令整改通知书 as PDF (the second path is the pages'). */
    @GetMapping({"/api/disposal/cases/{id}/rectification-notice.pdf", "/disposal/cases/{id}/rectification-notice.pdf"})
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','ENTERPRISE')")
    ResponseEntity<byte[]> rectificationNotice(Actor actor, @PathVariable long id) {
        byte[] pdf = resultHandling.rectificationNoticePdf(actor, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("rectification-notice-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    /** Results and announcements of the caller's authority, with their publication state. */
    @GetMapping("/api/disposal/publications")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    List<PublicationView> publications(Actor actor) {
        return publications.listPublications(actor);
    }

    /** The redaction review: releases a final result to the public page and API. */
    @PostMapping("/api/disposal/publications/{id}/release")
    @PreAuthorize("hasRole('OFFICER')")
    PublicationView release(Actor actor, @PathVariable long id, @RequestBody PublicationReleaseCommand command) {
        return publications.releasePublication(actor, id, command);
    }

    /** 一公开: released results, without login. */
    @GetMapping("/api/public/results")
    @PreAuthorize("permitAll()")
    List<PublicResultView> publicResults() {
        return publications.publicResults();
    }

    /** Statistics of the caller's authority; {@code dimension} PRODUCT, INDUSTRY, REGION, ENTERPRISE_SIZE, CHANNEL, PERIOD, ITEM, ENTERPRISE or TOTAL. */
    @GetMapping("/api/disposal/statistics")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
    StatisticsView statistics(Actor actor, StatisticsParams params) {
        return statistics.statistics(actor, params.query());
    }

    /** The statistics as a file: {@code statistics.csv} or {@code statistics.xlsx}; the second path is the pages'. */
    @GetMapping({"/api/disposal/statistics.{format:csv|xlsx}", "/disposal/statistics.{format:csv|xlsx}"})
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
    ResponseEntity<byte[]> export(Actor actor, @PathVariable String format, StatisticsParams params) {
        byte[] file = statistics.exportStatistics(actor, params.query(), format);
        MediaType type = "xlsx".equals(format)
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statistics-" + params.query().dimension() + "." + format).build().toString())
                .body(file);
    }

    /** Query parameters of the statistics (all optional). */
    record StatisticsParams(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String dimension, String regionLevel, String period,
            String productCode) {

        StatisticsQuery query() {
            return new StatisticsQuery(from, to, dimension == null ? "PRODUCT" : dimension, regionLevel, period, productCode);
        }
    }

    /** Quality-warning rules of the caller's authority. */
    @GetMapping("/api/disposal/warning-rules")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    List<WarningRuleView> warningRules(Actor actor) {
        return qualityWarnings.listWarningRules(actor);
    }

    @PostMapping("/api/disposal/warning-rules")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    WarningRuleView createWarningRule(Actor actor, @RequestBody WarningRuleCommand command) {
        return qualityWarnings.createWarningRule(actor, command);
    }

    @GetMapping("/api/disposal/warning-rules/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    WarningRuleView warningRule(Actor actor, @PathVariable long id) {
        return qualityWarnings.getWarningRule(actor, id);
    }

    /** Edits a rule: the body carries the version read; 409 CONCURRENT_CHANGE if someone changed it since. */
    @PutMapping("/api/disposal/warning-rules/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    WarningRuleView updateWarningRule(Actor actor, @PathVariable long id, @RequestBody WarningRuleCommand command) {
        return qualityWarnings.updateWarningRule(actor, id, command);
    }

    /** A deactivated rule never fires; the warnings it raised stay. 409 if it is already inactive. */
    @PostMapping("/api/disposal/warning-rules/{id}/deactivate")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    WarningRuleView deactivateWarningRule(Actor actor, @PathVariable long id) {
        return qualityWarnings.deactivateWarningRule(actor, id);
    }

    @PostMapping("/api/disposal/warning-rules/{id}/reactivate")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    WarningRuleView reactivateWarningRule(Actor actor, @PathVariable long id) {
        return qualityWarnings.reactivateWarningRule(actor, id);
    }

    /** Quality warnings of the caller's authority; each opens a planners' task (/api/tasks). */
    @GetMapping("/api/disposal/warnings")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    List<WarningView> warnings(Actor actor) {
        return qualityWarnings.listWarnings(actor);
    }
}
