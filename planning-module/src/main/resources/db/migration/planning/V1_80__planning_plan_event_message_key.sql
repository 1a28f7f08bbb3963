-- Issue 17 (brief texts17): the plan's history lines the system writes (抽查任务 N 项 at issue, the countersign's
-- 会签 N 人：同意 … line) were stored as Chinese text only and read on English pages by matching the text against the
-- bundles' stored.* patterns. A line now also keeps its bundle key and its arguments (JSON, as sys_notification since
-- V5_160), and the pages render it in the reader's language; comment keeps the Chinese text, so rows written before
-- (message_key NULL) still read as they did.
ALTER TABLE pln_plan_event ADD COLUMN message_key VARCHAR(100) NULL;
ALTER TABLE pln_plan_event ADD COLUMN message_args VARCHAR(4000) NULL;
