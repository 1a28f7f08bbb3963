package org.spotcheck.app.workflow.web;

import java.util.List;
import java.util.Map;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.app.workflow.InboxPage;
import org.spotcheck.app.workflow.InboxQuery;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;
import org.spotcheck.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The task inbox over HTTP. Any logged-in user may call it; each call is limited to the tasks of
 * the caller's roles within his organisation, and completing runs the step's own checks.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInboxService inbox;
    private final org.spotcheck.app.workflow.TaskCompletionService completion;
    private final org.spotcheck.app.workflow.TaskHandOverService handOver;
    private final org.spotcheck.app.workflow.TaskCopyService copies;
    private final org.spotcheck.app.workflow.TaskClaims claims;
    private final org.spotcheck.app.web.ProblemTexts texts;
    private final org.spotcheck.app.security.PageNames names;

    TaskController(TaskInboxService inbox, org.spotcheck.app.workflow.TaskCompletionService completion,
            org.spotcheck.app.workflow.TaskHandOverService handOver,
            org.spotcheck.app.workflow.TaskCopyService copies, org.spotcheck.app.workflow.TaskClaims claims,
            org.spotcheck.app.web.ProblemTexts texts, org.spotcheck.app.security.PageNames names) {
        this.inbox = inbox;
        this.completion = completion;
        this.handOver = handOver;
        this.copies = copies;
        this.claims = claims;
        this.texts = texts;
        this.names = names;
    }

    /**
     * The caller's inbox: tasks assigned to him or claimable by him, filtered, sorted and paged; the
     * number of matching tasks is in {@code X-Total-Count}. The count stops at 1,000 (issue 14, ADR 0014): when more
     * match, {@code X-Total-Count} is left out (it would not be the number of matching tasks) and
     * {@code X-Total-Count-Exceeds: 1000} says so; every page is still served, the last one is the first that is not full.
     */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<List<TaskView>> list(Actor actor, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String processKey, @RequestParam(required = false) String taskKey,
            @RequestParam(required = false) String product, @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "200") int size,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter) {
        InboxPage result = inbox.inbox(actor, new InboxQuery(scope, processKey, taskKey, product, region, dueBefore, sort, dir, page, size,
                businessKey, dueAfter));
        return ResponseEntity.ok().headers(totalHeaders(result)).body(result.tasks());
    }

    /** The header that says how many tasks match: exact below the count limit, "more than the limit" above it. */
    static org.springframework.http.HttpHeaders totalHeaders(InboxPage result) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        if (result.more()) {
            headers.set(TOTAL_EXCEEDS, String.valueOf(result.total()));
        } else {
            headers.set("X-Total-Count", String.valueOf(result.total()));
        }
        return headers;
    }

    /** Sent instead of X-Total-Count when more tasks match than the inbox counts: its value is that limit. */
    static final String TOTAL_EXCEEDS = "X-Total-Count-Exceeds";

    /** Tasks the caller completed, newest first. */
    @GetMapping("/completed")
    @PreAuthorize("isAuthenticated()")
    List<TaskView> completed(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return inbox.completedBy(actor, Math.max(page, 0), Math.min(Math.max(size, 1), InboxQuery.MAX_SIZE));
    }

    /** 转办 to a colleague with the same role in the same organisation. */
    @PostMapping("/{id}/transfer")
    @PreAuthorize("isAuthenticated()")
    TaskView transfer(Actor actor, @PathVariable String id, @RequestBody HandOver body) {
        return handOver.transfer(actor, id, body.toUser(), body.comment());
    }

    /** 委托: lend the claimed task to a colleague; he gives it back with resolve. */
    @PostMapping("/{id}/delegate")
    @PreAuthorize("isAuthenticated()")
    TaskView delegate(Actor actor, @PathVariable String id, @RequestBody HandOver body) {
        return handOver.delegate(actor, id, body.toUser(), body.comment());
    }

    /** The delegate gives the task back to its owner. */
    @PostMapping("/{id}/resolve")
    @PreAuthorize("isAuthenticated()")
    TaskView resolve(Actor actor, @PathVariable String id, @RequestBody(required = false) HandOver body) {
        return handOver.resolve(actor, id, body == null ? null : body.comment());
    }

    /**
     * Who gets the task, and why.
     *
     * @param toUser the colleague's username (not needed to resolve)
     */
    record HandOver(String toUser, String comment) {
    }

    /**
     * The task, its business context and its form as JSON Schema (draft 2020-12; enums labelled in
     * Chinese, English with {@code ?lang=en}): {@code POST /complete} checks the body against this schema.
     */
    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> get(Actor actor, @PathVariable String id) {
        return Map.of("task", inbox.get(actor, id), "context", readersReferral(inbox.pageModel(actor, id)), "form", inbox.formSchema(actor, id));
    }

    private org.spotcheck.app.workflow.DataNames data;

    /** Register data and referral facts in the reader's language. */
    @org.springframework.beans.factory.annotation.Autowired
    void setData(org.spotcheck.app.workflow.DataNames data) {
        this.data = data;
    }

    /**
     * A referral's facts in the context as the reader reads them (issue 17, brief disp17): in English with {@code ?lang=en}
     * where the referral keeps its facts' message, as the enforcer's English page shows them; else as stored (the 移送函's
     * Chinese text).
     */
    private Map<String, Object> readersReferral(Map<String, Object> context) {
        if (data == null || !(context.get("referral") instanceof org.spotcheck.disposal.api.ReferralView r) || r.factsMessage() == null
                || !"en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())) {
            return context;
        }
        Map<String, Object> read = new java.util.LinkedHashMap<>(context);
        read.put("referral", new org.spotcheck.disposal.api.ReferralView(r.id(), r.taskCode(), r.authorityCode(), r.enterpriseCode(),
                r.enterpriseName(), r.reason(), data.referralFacts(r), r.evidenceIds(), r.status(), r.openedAt(), r.decidedBy(),
                r.decidedAt(), r.decisionComment(), r.factsMessage()));
        return read;
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("isAuthenticated()")
    TaskView claim(Actor actor, @PathVariable String id) {
        return handOver.claim(actor, id);
    }

    /**
     * 批量签收: claims several tasks, each in its own transaction with its own one-winner check (ADR 0004), and
     * answers 200 with the outcome of each: claimed, already claimed by a colleague (what a single claim answers with
     * 409), or not found (404). 400 naming {@code taskIds} without ids or with more than 50.
     */
    @PostMapping("/claim")
    @PreAuthorize("isAuthenticated()")
    TaskClaimAnswer claimSeveral(Actor actor, @RequestBody TaskClaimRequest body) {
        List<String> ids = body == null || body.taskIds() == null ? List.of()
                : body.taskIds().stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        if (ids.isEmpty()) {
            throw org.spotcheck.shared.InvalidInputException.of("taskIds", "REQUIRED", "taskIds: at least one task id");
        }
        if (ids.size() > org.spotcheck.app.workflow.TaskClaims.MAX) {
            throw org.spotcheck.shared.InvalidInputException.of("taskIds", "TOO_MANY",
                    "taskIds: at most " + org.spotcheck.app.workflow.TaskClaims.MAX + " tasks at once", org.spotcheck.app.workflow.TaskClaims.MAX);
        }
        List<TaskClaimResult> results = claims.claimOneByOne(actor, ids).stream().map(this::result).toList();
        return new TaskClaimAnswer((int) results.stream().filter(r -> r.task() != null).count(), results);
    }

    private TaskClaimResult result(org.spotcheck.app.workflow.TaskClaims.Claim claim) {
        if (claim.claimed() != null) {
            return new TaskClaimResult(claim.taskId(), "CLAIMED", 200, null, null, null, claim.claimed());
        }
        if (claim.taken() != null) {
            String holder = claim.taken().holder();
            return new TaskClaimResult(claim.taskId(), "ALREADY_CLAIMED", 409, "ALREADY_CLAIMED",
                    texts.text("ALREADY_CLAIMED", new Object[] {names.user(holder)}, "already claimed by " + holder), holder, null);
        }
        return new TaskClaimResult(claim.taskId(), "NOT_FOUND", 404, "NOT_FOUND", texts.message("tasks.claim.notFound"), null, null);
    }

    @PostMapping("/{id}/unclaim")
    @PreAuthorize("isAuthenticated()")
    TaskView unclaim(Actor actor, @PathVariable String id) {
        return handOver.unclaim(actor, id);
    }

    /**
     * 驳回 to the previous step or to the initiator, as the step models it.
     *
     * @param comment required: why it goes back
     * @param to      {@code previous} or {@code initiator}; the step's default when absent
     */
    record Return(String comment, String to) {
    }

    /**
     * 撤回 a task the caller completed, while the next step has not started: 409 once it has, or
     * when the step cannot be withdrawn. Returns the task, his again.
     */
    @PostMapping("/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    TaskView withdraw(Actor actor, @PathVariable String id, @RequestBody(required = false) HandOver body) {
        return handOver.withdraw(actor, id, body == null ? null : body.comment());
    }

    /**
     * 抄送: readers who see the case but do not act.
     *
     * @param toUsers usernames of colleagues of the caller's organisation
     */
    record Copy(List<String> toUsers, String comment) {
    }

    /** Copies the task to readers; returns who was newly copied. 422 for someone outside the organisation. */
    @PostMapping("/{id}/copy")
    @PreAuthorize("isAuthenticated()")
    TaskCopyResult copy(Actor actor, @PathVariable String id, @RequestBody Copy body) {
        return new TaskCopyResult(copies.copy(actor, id, body.toUsers(), body.comment()));
    }


    /** Tasks copied to the caller (抄送我的), newest first. */
    @GetMapping("/copies")
    @PreAuthorize("isAuthenticated()")
    List<org.spotcheck.app.workflow.TaskCopyView> copies(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return copies.copiedTo(actor, Math.max(page, 0), Math.min(Math.max(size, 1), InboxQuery.MAX_SIZE));
    }

    /** Marks a copy read. */
    @PostMapping("/copies/{copyId}/read")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> readCopy(Actor actor, @PathVariable long copyId) {
        copies.markCopyRead(actor, copyId);
        return ResponseEntity.noContent().build();
    }

    /** The colleagues this task may be transferred or delegated to (the picker). */
    @GetMapping("/{id}/colleagues")
    @PreAuthorize("isAuthenticated()")
    List<org.spotcheck.app.security.UserAccountMapper.Colleague> colleagues(Actor actor, @PathVariable String id) {
        return handOver.colleagues(actor, id);
    }

    /** Where a return of this task may go (empty: the step has none). */
    @GetMapping("/{id}/return-targets")
    @PreAuthorize("isAuthenticated()")
    List<String> returnTargets(Actor actor, @PathVariable String id) {
        return inbox.returnTargets(actor, id);
    }

    /** 驳回: 409 when the step has no return, 422 for a target it does not have, 400 without a comment. */
    @PostMapping("/{id}/return")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> returnTask(Actor actor, @PathVariable String id, @RequestBody Return body) {
        completion.returnTask(actor, id, body.comment(), body.to());
        return ResponseEntity.noContent().build();
    }

    /** Completes the task with the step's form fields as a JSON object. */
    @PostMapping("/{id}/complete")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> complete(Actor actor, @PathVariable String id, @RequestBody(required = false) Map<String, Object> form) {
        completion.complete(actor, id, form);
        return ResponseEntity.noContent().build();
    }
}
