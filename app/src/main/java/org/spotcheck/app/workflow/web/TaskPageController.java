package org.spotcheck.app.workflow.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.app.web.FormParams;
import org.spotcheck.app.workflow.CaseService;
import org.spotcheck.app.workflow.InboxPage;
import org.spotcheck.app.workflow.InboxQuery;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages of the task inbox, the task forms and the case view. */
@Controller
class TaskPageController {

    private final TaskInboxService inbox;
    private final org.spotcheck.app.workflow.TaskCompletionService completion;
    private final org.spotcheck.app.workflow.TaskHandOverService handOver;
    private final org.spotcheck.app.workflow.TaskCopyService copies;
    private final CaseService cases;
    private final JsonMapper json;
    private final NotificationService notifications;

    private final org.spotcheck.app.web.ProblemTexts texts;
    private final org.spotcheck.disposal.api.ResultHandling resultHandling;
    private final org.spotcheck.app.workflow.TaskClaims claims;
    private final org.spotcheck.app.security.PageNames names;
    private final org.spotcheck.app.workflow.RequestProducts productRegister;

    TaskPageController(TaskInboxService inbox, org.spotcheck.app.workflow.TaskCompletionService completion,
            org.spotcheck.app.workflow.TaskHandOverService handOver,
            org.spotcheck.app.workflow.TaskCopyService copies, CaseService cases, JsonMapper json, NotificationService notifications,
            org.spotcheck.app.web.ProblemTexts texts, org.spotcheck.disposal.api.ResultHandling resultHandling,
            org.spotcheck.app.workflow.TaskClaims claims, org.spotcheck.app.security.PageNames names,
            org.spotcheck.app.workflow.RequestProducts productRegister) {
        this.productRegister = productRegister;
        this.claims = claims;
        this.names = names;
        this.texts = texts;
        this.resultHandling = resultHandling;
        this.notifications = notifications;
        this.inbox = inbox;
        this.completion = completion;
        this.handOver = handOver;
        this.copies = copies;
        this.cases = cases;
        this.json = json;
    }

    @GetMapping("/tasks")
    @PreAuthorize("isAuthenticated()")
    String inbox(Actor actor, Model model,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String step, @RequestParam(required = false) String dueBefore,
            @RequestParam(required = false) String product, @RequestParam(required = false) String region,
            @RequestParam(required = false) String businessKey) {
        InboxQuery query;
        try {
            query = new InboxQuery(blankToNull(scope), null, blankToNull(step), trimmed(product), trimmed(region), date(dueBefore),
                    blankToNull(sort), blankToNull(dir), Math.max(page, 0), PAGE_SIZE, trimmed(businessKey), null);
        } catch (InvalidInputException e) {
            model.addAttribute("filterError", texts.of(e));
            query = new InboxQuery(null, null, null, null, null, null, null, null, 0, PAGE_SIZE);
        }
        InboxPage result = inbox.inbox(actor, query);
        model.addAttribute("tasks", result.tasks());
        model.addAttribute("q", query);
        // the product filter offers the register's products by name (issue 17: nobody types a product code); the
        // register was read once for this request already if a row names a product (RequestProducts, issue 14)
        model.addAttribute("products", productRegister.products());
        // and the regions of the caller's own tasks by name (issue 17); a region chosen in a link stays offered
        TaskInboxService.Summary summary = inbox.summary(actor); // the chart's counts and the regions: one statement
        List<String> regions = new java.util.ArrayList<>(summary.regions());
        if (query.region() != null && !regions.contains(query.region())) {
            regions.add(query.region());
        }
        model.addAttribute("regions", regions);
        model.addAttribute("total", result.total());
        // more than the count limit match (issue 14): "1000+" tasks, and the pager goes on while pages are full
        model.addAttribute("more", result.more());
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("notifications", notifications.forActor(actor, org.springframework.context.i18n.LocaleContextHolder.getLocale())
                .stream().limit(5).toList());
        // the reminders are shown here, so they count as seen; the ones that were new keep a mark
        model.addAttribute("seenBefore", notifications.markSeen(actor));
        // the chart counts the whole inbox by step, not only the page shown
        Map<String, Long> byStep = new LinkedHashMap<>();
        Map<String, String> steps = new java.util.TreeMap<>();
        summary.steps().forEach(t -> {
            String name = names.step(t.taskKey(), t.name()); // in the reader's language
            byStep.merge(name, t.tasks(), Long::sum);
            steps.put(t.taskKey(), name);
        });
        model.addAttribute("steps", steps);
        model.addAttribute("chartLabels", json.writeValueAsString(byStep.keySet()));
        model.addAttribute("chartValues", json.writeValueAsString(byStep.values()));
        return "tasks";
    }

    private static final int PAGE_SIZE = 20;

    private static java.time.LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("dueBefore", "INVALID_DATE", "dueBefore: yyyy-MM-dd");
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The inbox's confirmation of a step done: its name and case number. */
    private static String label(TaskView task) {
        return task.name() + " · " + (task.businessKey() == null ? "" : task.businessKey());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The caller's own work: tasks he completed (with 撤回 where the step allows it) and processes he started. */
    @GetMapping("/tasks/done")
    @PreAuthorize("isAuthenticated()")
    String done(Actor actor, Model model, @RequestParam(defaultValue = "0") int page) {
        int p = Math.max(page, 0);
        model.addAttribute("completed", inbox.completedBy(actor, p, PAGE_SIZE));
        model.addAttribute("started", inbox.startedBy(actor, 0, PAGE_SIZE));
        model.addAttribute("withdrawable", inbox.withdrawableSteps());
        model.addAttribute("copies", copies.copiedTo(actor, 0, PAGE_SIZE));
        model.addAttribute("page", p);
        return "tasks-done";
    }

    /** 撤回 from the page of completed tasks; a refusal is shown there. */
    @PostMapping("/tasks/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    String withdraw(Actor actor, @PathVariable String id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            TaskView task = handOver.withdraw(actor, id, comment);
            redirect.addFlashAttribute("done", label(task));
            return "redirect:/tasks/" + task.id();
        } catch (org.spotcheck.shared.ConflictException e) {
            redirect.addFlashAttribute("withdrawError", texts.of(e));
            return "redirect:/tasks/done";
        }
    }

    /** 抄送 from the task page; an error is shown beside the readers field. */
    @PostMapping("/tasks/{id}/copy")
    @PreAuthorize("isAuthenticated()")
    String copy(Actor actor, @PathVariable String id, @RequestParam(required = false) List<String> toUsers,
            @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        try {
            List<String> copied = copies.copy(actor, id, toUsers, comment);
            redirect.addFlashAttribute("copied", copied.isEmpty() ? "-" // names joined as the page's language joins them
                    : String.join(texts.message("punct.list"), copied.stream().map(names::user).toList()));
            return "redirect:/tasks/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("copyError", texts.of(e.violations().get(0)));
        } catch (RuleViolationException e) {
            model.addAttribute("copyError", texts.of(e));
        }
        return render(actor, id, model, Map.of(), Map.of());
    }

    /** Marks a copy read from the page of my work. */
    @PostMapping("/tasks/copies/{copyId}/read")
    @PreAuthorize("isAuthenticated()")
    String readCopy(Actor actor, @PathVariable long copyId) {
        copies.markCopyRead(actor, copyId);
        return "redirect:/tasks/done";
    }

    /**
     * 批量签收: claims the selected tasks, each with its own one-winner check, and tells which were claimed and which
     * someone else had claimed first (issue 17.4).
     */
    @PostMapping("/tasks/claim")
    @PreAuthorize("isAuthenticated()")
    String claimSelected(Actor actor, @RequestParam(name = "ids", required = false) List<String> ids, RedirectAttributes redirect) {
        org.spotcheck.app.workflow.TaskClaims.Outcome outcome = claims.claimEach(actor, ids);
        if (!outcome.claimed().isEmpty()) {
            redirect.addFlashAttribute("claimedAll", texts.message("tasks.claimedAll", outcome.claimed().size(),
                    String.join(texts.message("punct.list"), outcome.claimed().stream().map(TaskPageController::label).toList())));
        }
        if (!outcome.taken().isEmpty()) {
            redirect.addFlashAttribute("takenAll", texts.message("tasks.takenAll", outcome.taken().size(),
                    String.join(texts.message("punct.list"), outcome.taken().stream().map(t -> texts.message("tasks.takenBy", t.name(), names.user(t.holder()))).toList())));
        }
        if (!outcome.unavailable().isEmpty()) {
            redirect.addFlashAttribute("unavailableAll", texts.message("tasks.unavailableAll", outcome.unavailable().size()));
        }
        if (outcome.claimed().isEmpty() && outcome.taken().isEmpty() && outcome.unavailable().isEmpty()) {
            redirect.addFlashAttribute("unavailableAll", texts.message("tasks.noneSelected"));
        }
        return "redirect:/tasks?scope=mine";
    }

    /** htmx: claims the task and swaps its row. */
    @PostMapping("/tasks/{id}/claim")
    @PreAuthorize("isAuthenticated()")
    String claim(Actor actor, @PathVariable String id, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        TaskView task = handOver.claim(actor, id);
        if (htmx == null) {
            return "redirect:/tasks/" + id;
        }
        model.addAttribute("tasks", List.of(task)); // the row fragment sits on the th:each row
        return "tasks :: row";
    }

    @GetMapping("/tasks/{id}")
    @PreAuthorize("isAuthenticated()")
    String task(Actor actor, @PathVariable String id, Model model) {
        return render(actor, id, model, Map.of(), Map.of());
    }

    @PostMapping("/tasks/{id}/complete")
    @PreAuthorize("isAuthenticated()")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String complete(Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Map<String, Object> form = FormParams.toMap(params);
        try {
            org.spotcheck.shared.ControlCharacters.refuse(params, texts.message("problem.controlCharacter"));
            TaskView task = inbox.get(actor, id);
            completion.complete(actor, id, form);
            redirect.addFlashAttribute("done", label(task));
            return "redirect:/tasks";
        } catch (InvalidInputException e) {
            List<FieldViolation> violations = texts.resolved(e.violations());
            model.addAttribute("formError", violations.isEmpty() ? texts.of(e) : violations.get(0).message());
            return render(actor, id, model, shownAgain(form), errors(violations));
        } catch (RuleViolationException e) {
            model.addAttribute("formError", texts.of(e));
            return render(actor, id, model, shownAgain(form), e.field() == null ? Map.of()
                    : errors(List.of(new FieldViolation(e.field(), e.rule(), texts.of(e)))));
        }
    }

    /** 转办 or 委托 from the task page; errors are shown beside the colleague field. */
    @PostMapping("/tasks/{id}/hand-over")
    @PreAuthorize("isAuthenticated()")
    String handOver(Actor actor, @PathVariable String id, @RequestParam String action,
            @RequestParam(required = false) String toUser, @RequestParam(required = false) String comment,
            Model model, RedirectAttributes redirect) {
        try {
            TaskView task = inbox.get(actor, id);
            if ("delegate".equals(action)) {
                handOver.delegate(actor, id, toUser, comment);
            } else if ("transfer".equals(action)) {
                handOver.transfer(actor, id, toUser, comment);
            } else {
                throw InvalidInputException.of("action", "UNKNOWN_ACTION", "action: transfer or delegate");
            }
            redirect.addFlashAttribute("done", label(task) + " → " + names.user(toUser.strip()));
            return "redirect:/tasks";
        } catch (InvalidInputException e) {
            model.addAttribute("handOverError", texts.of(e.violations().get(0)));
        } catch (RuleViolationException | org.spotcheck.shared.ConflictException e) {
            model.addAttribute("handOverError", texts.of(e));
        }
        model.addAttribute("handOver", Map.of("toUser", toUser == null ? "" : toUser, "comment", comment == null ? "" : comment));
        return render(actor, id, model, Map.of(), Map.of());
    }

    /** The delegate gives the task back to the colleague who lent it. */
    @PostMapping("/tasks/{id}/give-back")
    @PreAuthorize("isAuthenticated()")
    String giveBack(Actor actor, @PathVariable String id, @RequestParam(required = false) String comment,
            Model model, RedirectAttributes redirect) {
        try {
            TaskView task = inbox.get(actor, id);
            String owner = handOver.delegatedBy(actor, id);
            handOver.resolve(actor, id, comment);
            redirect.addFlashAttribute("done", label(task) + " → " + names.user(owner));
            return "redirect:/tasks";
        } catch (org.spotcheck.shared.ConflictException e) {
            model.addAttribute("handOverError", texts.of(e));
            return render(actor, id, model, Map.of(), Map.of());
        }
    }

    /** The case page's timeline filter: everything, or one group of entries (CaseTimeline.Entry.group()). */
    static final List<String> CASE_FILTERS = List.of("all", "workflow", "custody", "documents", "state", "mail");

    @GetMapping("/cases/{businessKey}")
    @PreAuthorize("!hasAnyRole('SYS_ADMIN','SEC_ADMIN','AUDITOR')") // 三员分立: the system, security and audit administrators stay out of business records (issue 13.3)
    String caseView(Actor actor, @PathVariable String businessKey, @RequestParam(defaultValue = "all") String show,
            Model model) {
        org.spotcheck.app.workflow.CaseTimeline timeline = cases.timeline(actor, businessKey); // 404 outside the scope
        model.addAttribute("timeline", timeline);
        // issue 12.4: the statutory deadlines of the case's result handling, as days (CaseView), the same day the
        // inbox, the task page, the notices and the e-mails show
        model.addAttribute("deadlines", resultHandling.casesOfTask(actor, businessKey));
        model.addAttribute("filters", CASE_FILTERS);
        model.addAttribute("show", CASE_FILTERS.contains(show) ? show : "all");
        return "case";
    }

    /**
     * What the page shows again beside a refusal: the form without what must never be echoed into HTML (a typed
     * password) and with its control characters stripped from names and values.
     */
    static Map<String, Object> shownAgain(Map<String, Object> form) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (!name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                // a refused control character is not put back into the page; the rest of the text is
                shown.put(org.spotcheck.shared.ControlCharacters.strip(name),
                        value instanceof String text ? org.spotcheck.shared.ControlCharacters.strip(text) : value);
            }
        });
        return shown;
    }

    private String render(Actor actor, String id, Model model, Map<String, Object> values, Map<String, String> errors) {
        TaskView task = inbox.get(actor, id);
        model.addAttribute("task", task);
        model.addAttribute("ctx", inbox.pageModel(actor, id));
        // the fields the step's form schema fixes (const, readOnly): the field fragment shows them read-only with why
        model.addAttribute("fixedFields", org.spotcheck.app.workflow.form.FixedFields.of(inbox.formSchema(actor, id)));
        model.addAttribute("delegatedBy", handOver.delegatedBy(actor, id));
        model.addAttribute("returnTargets", inbox.returnTargets(actor, id));
        model.addAttribute("colleagues", handOver.colleagues(actor, id));
        model.addAttribute("copyCandidates", copies.copyCandidates(actor));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "task";
    }

    /** Field errors keyed by the page's field names (the API's paths without the "form." prefix). */
    static Map<String, String> errors(List<FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            String field = v.field().startsWith("form.") ? v.field().substring(5) : v.field();
            errors.merge(field, v.message(), (a, b) -> a + "；" + b);
        }
        return errors;
    }
}
