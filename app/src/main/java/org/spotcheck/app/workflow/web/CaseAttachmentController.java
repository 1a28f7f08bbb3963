package org.spotcheck.app.workflow.web;

import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of photos and evidence for a spot-check (抽样照片、拒检证据、网购截图), from the task pages and over the
 * API; {@link CaseUploads} decides where a file goes, the sampling module checks the file.
 */
@Controller
class CaseAttachmentController {

    /** The same upload over the API; problem details like every other API error. */
    @org.springframework.web.bind.annotation.RestController
    static class UploadApiController {
        private final CaseUploads uploads;

        UploadApiController(CaseUploads uploads) {
            this.uploads = uploads;
        }

        @PostMapping("/api/cases/{caseCode}/attachments")
        @ResponseStatus(HttpStatus.CREATED)
        @PreAuthorize("hasAnyRole('SAMPLER','ENTERPRISE')")
        AttachmentView upload(Actor actor, @PathVariable String caseCode, @RequestParam(required = false) MultipartFile file,
                @RequestParam(defaultValue = "PHOTO") org.spotcheck.sampling.api.AttachmentKind kind,
                @RequestParam(required = false) String task) {
            return uploads.store(actor, caseCode, file, kind.name(), task);
        }
    }

    private final CaseUploads uploads;
    private final ProblemTexts texts;

    CaseAttachmentController(CaseUploads uploads, ProblemTexts texts) {
        this.uploads = uploads;
        this.texts = texts;
    }

    /** htmx: uploads from the task page and returns the list item with a hidden field for the form. */
    @PostMapping("/cases/{caseCode}/attachments")
    @PreAuthorize("hasAnyRole('SAMPLER','ENTERPRISE')")
    String uploadFromPage(Actor actor, @PathVariable String caseCode, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "PHOTO") String kind, @RequestParam(defaultValue = "photoIds") String field,
            @RequestParam(required = false) String task, Model model) {
        model.addAttribute("field", field.matches("[a-zA-Z]{1,40}") ? field : "photoIds");
        try {
            model.addAttribute("attachment", uploads.store(actor, caseCode, file, kind, task));
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", texts.of(e));
        } catch (ConflictException e) {
            // the step was submitted while the file was on its way: nothing kept, and the page says so beside the field
            model.addAttribute("uploadError", "ALREADY_COMPLETED".equals(e.rule()) ? texts.message("pages12.uploadStepClosed") : texts.of(e));
        }
        return "task-fragments :: uploaded";
    }
}
