package org.spotcheck.app.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.spotcheck.app.audit.AuditEntry;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.spotcheck.app.audit.AuditQuery;
import org.spotcheck.shared.InvalidInputException;
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

    private final AuditLog auditLog;

    AuditPageController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("actions", ACTIONS);
        MultiValueMap<String, String> exportParams = new LinkedMultiValueMap<>(params);
        exportParams.remove("offset");
        exportParams.remove("limit");
        model.addAttribute("exportQuery", exportParams.isEmpty() ? "" : "?" + org.springframework.web.util.UriComponentsBuilder
                .newInstance().queryParams(exportParams).build().encode().getQuery());
        model.addAttribute("offset", 0);
        model.addAttribute("limit", PAGE);
        model.addAttribute("hasNext", false);
        try {
            // one page of records; one more is read to know whether a next page exists
            MultiValueMap<String, String> paged = new LinkedMultiValueMap<>(params);
            AuditQuery asked = AuditParameters.parse(params, PAGE);
            int limit = Math.min(asked.limit(), PAGE);
            paged.set("limit", String.valueOf(limit + 1));
            List<AuditEntry> rows = auditLog.find(AuditParameters.parse(paged, PAGE));
            model.addAttribute("hasNext", rows.size() > limit);
            model.addAttribute("entries", rows.size() > limit ? rows.subList(0, limit) : rows);
            model.addAttribute("offset", asked.offset());
            model.addAttribute("limit", limit);
        } catch (InvalidInputException e) {
            model.addAttribute("entries", List.of());
            model.addAttribute("error", e.getMessage());
        }
        return "audit/audit";
    }

    @GetMapping("/audit/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    String verify(Model model) {
        model.addAttribute("verification", auditLog.verify());
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("exportQuery", "");
        model.addAttribute("entries", auditLog.find(AuditParameters.parse(new LinkedMultiValueMap<>(), PAGE)));
        model.addAttribute("offset", 0);
        model.addAttribute("limit", PAGE);
        model.addAttribute("hasNext", false);
        return "audit/audit";
    }

    @GetMapping("/audit/export.csv")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<byte[]> export(@RequestParam MultiValueMap<String, String> params) {
        return AuditController.csv(auditLog.find(AuditParameters.parse(params, AuditQuery.MAX_LIMIT)));
    }
}
