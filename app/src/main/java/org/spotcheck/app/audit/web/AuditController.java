package org.spotcheck.app.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.spotcheck.app.audit.AuditCsv;
import org.spotcheck.app.audit.AuditEntry;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditQuery;
import org.spotcheck.app.audit.AuditVerification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit administrator's read-only API: records with filters, CSV export and chain verification. */
@RestController
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/api/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    List<AuditEntry> find(@RequestParam MultiValueMap<String, String> params) {
        return auditLog.find(AuditParameters.parse(params, 200));
    }

    @GetMapping("/api/audit/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    AuditVerification verify() {
        return auditLog.verify();
    }

    @GetMapping("/api/audit/export.csv")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<byte[]> export(@RequestParam MultiValueMap<String, String> params) {
        return csv(auditLog.find(AuditParameters.parse(params, AuditQuery.MAX_LIMIT)));
    }

    static ResponseEntity<byte[]> csv(List<AuditEntry> entries) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"")
                .body(AuditCsv.write(entries).getBytes(StandardCharsets.UTF_8));
    }
}
