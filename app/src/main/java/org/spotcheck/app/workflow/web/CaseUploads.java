package org.spotcheck.app.workflow.web;

import java.io.IOException;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.app.workflow.step.StepLocks;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.StoreAttachmentCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where a file uploaded for a case goes (issue 12.7), for the page and the API upload alike: the case number tells
 * which enterprise, authority and lab it belongs to; while the case's sampling step is open a drawn sampler's file joins
 * the sampling record, any other file is a case document. A record: it holds its collaborators and nothing else.
 */
@Component
record CaseUploads(SpotCheckTasks spotCheckTasks, SamplingApi sampling, StepLocks locks, TaskInboxService inbox,
        TransactionTemplate transactions) {

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
