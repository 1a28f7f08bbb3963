package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandContextCloseListener;
import org.flowable.engine.RuntimeService;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.app.workflow.engine.CommandListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox's per-candidate read model {@code sys_inbox_entry} (ADR 0014 amended, V5_150) in step with the
 * engine, in the same transaction. Every engine event that can change who sees a task or where it sorts - a task
 * created, assigned or unassigned (claim, unclaim, delegate, hand-over), its owner, due date or name changed, updated,
 * completed or deleted, a candidate link added or removed - marks the task id in the running command. When the
 * command has flushed its own writes (still inside its transaction), the marked tasks' rows are rebuilt from the
 * engine's live rows with two statements: delete them, insert what {@code ACT_RU_TASK} and {@code ACT_RU_IDENTITYLINK}
 * now say (a completed or deleted task gets none). The rows are therefore a function of the engine's state and
 * need no per-event logic. Commands that change no task pay nothing.
 *
 * <p>On start, an empty read model is filled for every open task (a database that ran before V5_150).
 */
@Component
class InboxEntryRecorder implements CommandListener {

    private static final Logger log = LoggerFactory.getLogger(InboxEntryRecorder.class);
    private static final String CHANGED = InboxEntryRecorder.class.getName() + ".changed";
    /** the most ids in one IN list */
    private static final int CHUNK = 500;

    private final InboxEntryMapper entries;

    InboxEntryRecorder(RuntimeService runtime, InboxEntryMapper entries) {
        this.entries = entries;
        runtime.addEventListener(this, FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.TASK_ASSIGNED,
                FlowableEngineEventType.TASK_OWNER_CHANGED, FlowableEngineEventType.TASK_DUEDATE_CHANGED,
                FlowableEngineEventType.TASK_NAME_CHANGED, FlowableEngineEventType.TASK_COMPLETED,
                FlowableEngineEventType.ENTITY_CREATED, FlowableEngineEventType.ENTITY_UPDATED, FlowableEngineEventType.ENTITY_DELETED);
        fillIfEmpty();
    }

    private void fillIfEmpty() {
        try {
            if (entries.isEmpty()) {
                int rows = entries.record(null);
                if (rows > 0) {
                    log.info("inbox read model filled: {} rows for the open tasks", rows);
                }
            }
        } catch (RuntimeException e) {
            // another node filled it at the same time: its rows are the same
            log.warn("inbox read model not filled here: {}", e.getMessage());
        }
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent e)) {
            return;
        }
        String taskId = null;
        if (e.getEntity() instanceof TaskEntity task) {
            taskId = task.getId();
        } else if (e.getEntity() instanceof IdentityLinkEntity link) {
            taskId = link.getTaskId();
        }
        CommandContext command = Context.getCommandContext();
        if (taskId == null || command == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> changed = (Set<String>) command.getAttribute(CHANGED);
        if (changed == null) {
            changed = new LinkedHashSet<>();
            command.addAttribute(CHANGED, changed);
            command.addCloseListener(new Rebuild(changed));
        }
        changed.add(taskId);
    }

    /** Rebuilds the changed tasks' rows once the command's own writes are flushed, before its transaction ends. */
    private final class Rebuild implements CommandContextCloseListener {

        private final Set<String> changed;

        Rebuild(Set<String> changed) {
            this.changed = changed;
        }

        @Override
        public void afterSessionsFlush(CommandContext commandContext) {
            List<String> ids = new ArrayList<>(changed);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                entries.forget(chunk);
                entries.record(chunk);
            }
        }

        @Override
        public void closing(CommandContext commandContext) {
        }

        @Override
        public void closed(CommandContext commandContext) {
        }

        @Override
        public void closeFailure(CommandContext commandContext) {
        }

        @Override
        public Integer order() {
            return 100;
        }

        @Override
        public boolean multipleAllowed() {
            return true;
        }
    }
}
