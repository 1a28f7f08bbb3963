package org.spotcheck.sampling.internal.web;

import org.spotcheck.sampling.api.AttachmentContent;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of photos and evidence, within the caller's data scope. */
@RestController
class AttachmentController {

    private final SamplingApi sampling;

    AttachmentController(SamplingApi sampling) {
        this.sampling = sampling;
    }

    @GetMapping({"/api/attachments/{id}", "/attachments/{id}"})
    @PreAuthorize("!hasAnyRole('SYS_ADMIN','SEC_ADMIN','AUDITOR')") // 三员分立: the system, security and audit administrators stay out of business records (issue 13.3)
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id) {
        AttachmentContent file = sampling.readAttachment(actor, id);
        String extension = file.attachment().contentType().substring(file.attachment().contentType().indexOf('/') + 1);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("attachment-" + id + "." + extension).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
