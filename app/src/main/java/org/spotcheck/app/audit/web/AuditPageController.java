package org.spotcheck.app.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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

    private final AuditLog auditLog;

    AuditPageController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("exportQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            model.addAttribute("entries", auditLog.find(AuditParameters.parse(params, 200)));
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
        model.addAttribute("exportQuery", "");
        model.addAttribute("entries", auditLog.find(AuditParameters.parse(new LinkedMultiValueMap<>(), 50)));
        return "audit/audit";
    }

    @GetMapping("/audit/export.csv")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<byte[]> export(@RequestParam MultiValueMap<String, String> params) {
        return AuditController.csv(auditLog.find(AuditParameters.parse(params, AuditQuery.MAX_LIMIT)));
    }
}
