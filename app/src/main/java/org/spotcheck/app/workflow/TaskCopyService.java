package org.spotcheck.app.workflow;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.spotcheck.app.security.AccountService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.StoredMessage.Arg;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** 抄送: copies of a task to colleagues who may read its case, and the copies a reader received. */
@Service
public class TaskCopyService {

    private final TaskAccess access;
    private final TaskService tasks;
    private final AccountService accounts;
    private final TaskCopyMapper copies;
    private final org.spotcheck.app.notification.NotificationService notifications;

    private final org.spotcheck.app.security.PageNames names;
    private final org.spotcheck.app.workflow.text.StoredTexts texts;

    TaskCopyService(TaskAccess access, TaskService tasks, AccountService accounts, TaskCopyMapper copies,
            org.spotcheck.app.notification.NotificationService notifications, org.spotcheck.app.security.PageNames names,
            org.spotcheck.app.workflow.text.StoredTexts texts) {
        this.names = names;
        this.texts = texts;
        this.access = access;
        this.tasks = tasks;
        this.accounts = accounts;
        this.copies = copies;
        this.notifications = notifications;
    }

    /** How many readers one copy may name. */
    static final int MAX_COPY_RECIPIENTS = 20;

    /**
     * 抄送: lets colleagues of the caller's organisation read the task's case without acting on it;
     * each is told in-app and by e-mail. Anyone who may see the task may copy it.
     */
    @Transactional
    public List<String> copy(Actor actor, String taskId, List<String> toUsers, String comment) {
        Task task = access.visible(actor, taskId);
        List<String> recipients = toUsers == null ? List.of()
                : toUsers.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct().toList();
        if (recipients.isEmpty()) {
            throw InvalidInputException.of("toUsers", "REQUIRED", "choose at least one reader");
        }
        if (recipients.size() > MAX_COPY_RECIPIENTS) {
            throw InvalidInputException.of("toUsers", "TOO_MANY", "at most " + MAX_COPY_RECIPIENTS + " readers", MAX_COPY_RECIPIENTS);
        }
        if (comment != null && comment.strip().length() > 500) {
            throw InvalidInputException.of("comment", "TOO_LONG", "at most 500 characters", 500);
        }
        Set<String> eligible = copyCandidates(actor).stream().map(org.spotcheck.app.security.UserAccountMapper.Colleague::username)
                .collect(Collectors.toSet());
        for (String user : recipients) {
            if (!eligible.contains(user)) {
                throw new RuleViolationException("toUsers", "COPY_TARGET_NOT_ELIGIBLE",
                        user + ": only other active accounts of your organisation", user);
            }
        }
        String businessKey = access.businessKey(task);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        List<String> copied = new java.util.ArrayList<>();
        for (String user : recipients) {
            if (copies.insertOnce(taskId, task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(), businessKey, user, actor.username(), note, now) == 1) {
                copied.add(user);
                // stored as a key and arguments: the reader's page names the person and the step in his language (issue 17)
                Arg who = Arg.user(actor.username());
                Arg step = Arg.step(task.getTaskDefinitionKey(), task.getName());
                String caseCode = businessKey == null ? "" : businessKey;
                notifications.notifyOnce(user, "COPY", businessKey, null, note == null
                        ? StoredMessage.of("notification.copy.notice", who, step, caseCode)
                        : StoredMessage.of("notification.copy.noticeWithNote", who, step, caseCode, note), null, "COPY:" + taskId);
            }
        }
        if (!copied.isEmpty()) {
            // the case's record names the readers by name, never by login (issue 17)
            tasks.addComment(taskId, task.getProcessInstanceId(), texts.zh("stored.copy.comment",
                    // the stored comment is Chinese whatever the page's language: names and 、 as in Chinese
                    copied.stream().map(u -> names.user(u, java.util.Locale.SIMPLIFIED_CHINESE)).collect(java.util.stream.Collectors.joining("、")),
                    note == null ? "" : "：" + note));
        }
        return copied;
    }

    /** Who the caller may copy a task to: the other active business accounts of his organisation. */
    @Transactional(readOnly = true)
    public List<org.spotcheck.app.security.UserAccountMapper.Colleague> copyCandidates(Actor actor) {
        Set<org.spotcheck.shared.Role> business = java.util.EnumSet.allOf(org.spotcheck.shared.Role.class);
        business.removeAll(java.util.EnumSet.of(org.spotcheck.shared.Role.SYS_ADMIN, org.spotcheck.shared.Role.SEC_ADMIN,
                org.spotcheck.shared.Role.AUDITOR));
        return accounts.colleagues(actor.orgCode(), business).stream().filter(c -> !c.username().equals(actor.username())).toList();
    }

    /** Tasks copied to the caller, newest first. */
    @Transactional(readOnly = true)
    public List<TaskCopyView> copiedTo(Actor actor, int page, int size) {
        return copies.forRecipient(actor.username(), page * size, size);
    }

    /** Marks a copy read; 404 when it is not the caller's. */
    @Transactional
    public void markCopyRead(Actor actor, long copyId) {
        if (copies.markRead(copyId, actor.username(), Instant.now().truncatedTo(ChronoUnit.SECONDS)) == 0
                && copies.isRecipient(copyId, actor.username()) == 0) {
            throw copies.exists(copyId) == 0 ? new NotFoundException("copy", copyId) : new org.spotcheck.shared.OutOfScopeException("copy", copyId);
        }
    }


}
