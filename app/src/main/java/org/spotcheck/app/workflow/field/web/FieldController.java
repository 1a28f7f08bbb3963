package org.spotcheck.app.workflow.field.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.spotcheck.app.workflow.field.FieldCases;
import org.spotcheck.app.workflow.field.FieldDownload;
import org.spotcheck.app.workflow.field.FieldSync;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The offline sampling app's two calls (issue 19), each through two doors: {@code /api/field/...}
 * (HTTP Basic or a token, no session) and {@code /field/api/...} (the app's page session with its CSRF
 * token, which the download hands to the app). Drawn samplers only: a sampler gets the cases he was
 * drawn for; anyone else is refused (403), a case outside his authority is 404 and audited.
 */
@RestController
class FieldController {

    private final FieldCases cases;
    private final FieldSync sync;

    FieldController(FieldCases cases, FieldSync sync) {
        this.cases = cases;
        this.sync = sync;
    }

    /** "Download my cases": the open sampling steps of the cases the caller was drawn for, seal ranges and the checks. */
    @GetMapping({"/api/field/cases", "/field/api/cases"})
    @PreAuthorize("hasRole('SAMPLER')")
    FieldDownload download(Actor actor, HttpServletRequest request) {
        FieldDownload download = cases.download(actor);
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return download.withCsrf(new FieldDownload.Csrf(token.getHeaderName(), token.getToken()));
        }
        return download;
    }

    /**
     * One saved form with its photos (multipart: {@code submission} JSON, {@code photos} files), sent
     * once with the device's {@code Idempotency-Key}; a repeat answers as the first time and carries
     * {@code Idempotent-Replayed: true}.
     */
    @PostMapping({"/api/field/submissions", "/field/api/submissions"})
    @PreAuthorize("hasRole('SAMPLER')")
    ResponseEntity<String> submit(Actor actor, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestParam(required = false) String submission,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos) {
        List<FieldSync.Photo> files = new ArrayList<>();
        if (photos != null) {
            for (MultipartFile p : photos) {
                try {
                    files.add(new FieldSync.Photo(p.getOriginalFilename(), p.getContentType(), p.getBytes()));
                } catch (IOException e) {
                    throw InvalidInputException.of("photos", "UNREADABLE_FILE", "the file cannot be read");
                }
            }
        }
        org.spotcheck.app.lims.IdempotencyKeys.Answer outcome = sync.submit(actor, key, submission, files);
        return ResponseEntity.status(outcome.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.body());
    }
}
