package org.spotcheck.app.workflow.web;

import java.io.IOException;
import org.spotcheck.app.workflow.step.StepLocks;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.StoreAttachmentCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.app.workflow.TaskInboxService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of photos and evidence for a spot-check (抽样照片、拒检证据、网购截图). The case number tells
 * which enterprise, authority and lab the file belongs to; the sampling module checks the file.
 */
@Controller
class CaseAttachmentController {

    /** The same upload over the API; problem details like every other API error. */
    @org.springframework.web.bind.annotation.RestController
    static class UploadApiController {
        private final CaseAttachmentController uploads;

        UploadApiController(CaseAttachmentController uploads) {
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

    private final SpotCheckTasks spotCheckTasks;
    private final SamplingApi sampling;
    private final StepLocks locks;
    private final TaskInboxService inbox;
    private final TransactionTemplate transactions;

    private final ProblemTexts texts;

    CaseAttachmentController(SpotCheckTasks spotCheckTasks, SamplingApi sampling, StepLocks locks, ProblemTexts texts,
            TaskInboxService inbox, PlatformTransactionManager transactions) {
        this.inbox = inbox;
        this.texts = texts;
        this.spotCheckTasks = spotCheckTasks;
        this.sampling = sampling;
        this.locks = locks;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** htmx: uploads from the task page and returns the list item with a hidden field for the form. */
    @PostMapping("/cases/{caseCode}/attachments")
    @PreAuthorize("hasAnyRole('SAMPLER','ENTERPRISE')")
    String uploadFromPage(Actor actor, @PathVariable String caseCode, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "PHOTO") String kind, @RequestParam(defaultValue = "photoIds") String field,
            @RequestParam(required = false) String task, Model model) {
        model.addAttribute("field", field.matches("[a-zA-Z]{1,40}") ? field : "photoIds");
        try {
            model.addAttribute("attachment", store(actor, caseCode, file, kind, task));
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", texts.of(e));
        } catch (ConflictException e) {
            // the step was submitted while the file was on its way: nothing kept, and the page says so beside the field
            model.addAttribute("uploadError", "ALREADY_COMPLETED".equals(e.rule()) ? texts.message("pages12.uploadStepClosed") : texts.of(e));
        }
        return "task-fragments :: uploaded";
    }

    /**
     * Stores a file for the case; {@code taskId}, when given (the task pages send it), is the step the file is for, which
     * must still be open: a file that arrives after its step was submitted is refused, never left on the case unlinked.
     * The checks and the store are one transaction that holds the step it checked open ({@link StepLocks}): a completion
     * of that step at the same instant comes wholly before (the upload then finds it closed) or wholly after.
     */
    AttachmentView store(Actor actor, String caseCode, MultipartFile file, String kind, String taskId) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "FILE_REQUIRED", "choose a file");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw InvalidInputException.of("file", "UNREADABLE_FILE", "the file cannot be read");
        }
        return transactions.execute(status -> storeHeld(actor, caseCode, file, kind, taskId, content));
    }

    private AttachmentView storeHeld(Actor actor, String caseCode, MultipartFile file, String kind, String taskId, byte[] content) {
        if (taskId != null && !taskId.isBlank()) {
            inbox.requireOpenStepOfCase(actor, taskId.strip(), caseCode);
            if (!locks.holdTask(taskId.strip())) {
                // completed between the check and the lock: the check now says so (409 ALREADY_COMPLETED)
                inbox.requireOpenStepOfCase(actor, taskId.strip(), caseCode);
                throw new ConflictException("ALREADY_COMPLETED", "the task was already completed");
            }
        }
        // out of the case's scope: 404 and a DENIED audit row (OutOfScopeException from the planning module)
        SpotCheckTaskView task = spotCheckTasks.getSpotCheckTask(actor, caseCode);
        boolean drawn = task.samplerUsernames().contains(actor.username());
        // held open until this file is stored: the record's sealing waits for it, or it finds the step closed
        boolean samplingOpen = locks.holdSamplingOpenForUpload(CaseNumber.of(task.code()));
        // issue 12.7: only the samplers drawn for the case add to its sampling record (domain.md, S3 art. 19:
        // the sampling is done by the assigned samplers, at least 2), and only while its sampling step is open;
        // a sampler of the same authority who was not drawn does not see the case before it is sampled (404
        // above, issue 12.2); one who sees it for another duty (a planner who also samples) may not add to its record
        if (samplingOpen && !drawn && !actor.isEnterprise()) {
            throw new org.spotcheck.shared.AccessRefusedException("NOT_DRAWN_SAMPLER",
                    "only the samplers drawn for this case add to its sampling record");
        }
        StoreAttachmentCommand command = new StoreAttachmentCommand(task.code(), task.authorityCode(),
                task.enterpriseCode(), task.labCode(), kind, file.getOriginalFilename(), file.getContentType(), content);
        // once the record is sealed every addition is a separate case document, attributed to its uploader
        return samplingOpen && drawn ? sampling.storeAttachment(actor, command) : sampling.storeCaseDocument(actor, command);
    }
}
