-- Issue 17 (walk): a reminder that asked for an action is no longer shown once the action is done. The officer's
-- "企业对 … 提出异议并申请复检，请审查" stayed in the inbox's 提醒 list after the objection was decided.
-- HandledNotifications sets handled_at when a user task completes: the reminders of that task (task_id), and the
-- case notices (no task_id, not a 抄送) addressed to the task's candidate groups or its assignee on its case.
ALTER TABLE sys_notification ADD COLUMN handled_at TIMESTAMP(3) NULL;
CREATE INDEX ix_sys_notification_case ON sys_notification (business_key, recipient);
CREATE INDEX ix_sys_notification_task ON sys_notification (task_id);
