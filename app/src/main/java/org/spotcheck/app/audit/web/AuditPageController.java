package org.spotcheck.app.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.spotcheck.app.audit.AuditEntry;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.spotcheck.app.audit.AuditQuery;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's pages: read-only records with filters, CSV export and chain verification. */
@Controller
class AuditPageController {

    /** Records per page. */
    static final int PAGE = 50;

    /** The actions the audit log records, for the filter: each HTTP method and the account events. */
    static final List<String> ACTIONS = List.of("HTTP_GET", "HTTP_POST", "HTTP_PUT", "HTTP_PATCH", "HTTP_DELETE", "LOGIN",
            "LOGIN_FAILED", "LOGIN_SECOND_FACTOR", "LOGIN_SECOND_FACTOR_FAILED", "LOGOUT", "ACCOUNT_LOCKED",
            "API_TOKEN_REJECTED", "AUDIT_PRUNED");

    /** The filters the list keeps in its pager's links, with the page size. */
    private static final String[] FILTERS = {"from", "to", "actor", "action", "outcome", "target", "size", "lang"};

    private final AuditLog auditLog;

    private final ProblemTexts texts;

    AuditPageController(AuditLog auditLog, ProblemTexts texts) {
        this.auditLog = auditLog;
        this.texts = texts;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("actions", ACTIONS);
        // issue 17.4: paged on the server, 20 or 50 a page, with the total; the filters stay in the URL
        int size = Paged.size(params.getFirst("size"));
        int page = Paged.page(params.getFirst("page"));
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        filters.remove("page");
        filters.remove("size");
        filters.remove("offset");
        filters.remove("limit");
        MultiValueMap<String, String> exportParams = new LinkedMultiValueMap<>(filters);
        model.addAttribute("exportQuery", exportParams.isEmpty() ? "" : "?" + org.springframework.web.util.UriComponentsBuilder
                .newInstance().queryParams(exportParams).build().encode().getQuery());
        model.addAttribute("filters", Paged.query(params.toSingleValueMap(), FILTERS));
        model.addAttribute("sizes", Paged.SIZES);
        model.addAttribute("size", size);
        try {
            filters.set("limit", String.valueOf(size));
            filters.set("offset", String.valueOf(Paged.offset(page, size)));
            AuditQuery asked = AuditParameters.parse(filters, size);
            long total = auditLog.count(asked);
            List<AuditEntry> rows = auditLog.find(asked);
            model.addAttribute("found", new Paged<>(rows, total, page, size));
            model.addAttribute("entries", rows);
        } catch (InvalidInputException e) {
            model.addAttribute("found", new Paged<AuditEntry>(List.of(), 0, 1, size));
            model.addAttribute("entries", List.of());
            model.addAttribute("error", texts.of(e));
        }
        return "audit/audit";
    }

    /**
     * The chain verified, above the same paged list as {@code /audit} (issue 17: it showed the first 20 records only);
     * its pager leads to {@code /audit}, so paging does not verify the whole chain again.
     */
    @GetMapping("/audit/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    String verify(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("verification", auditLog.verify());
        return list(params, request, model);
    }

    @GetMapping("/audit/export.csv")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<byte[]> export(@RequestParam MultiValueMap<String, String> params) {
        return AuditController.csv(auditLog.find(AuditParameters.parse(params, AuditQuery.MAX_LIMIT)));
    }
}
