-- Issue 17: a copied task names its step in the reader's language (the bundle's step.<task key>): 已办任务's copies
-- read the Chinese step name on English pages. NULL for the copies made before (V5_181 fills them where the engine's
-- history still holds the task); such a copy shows its stored name.
ALTER TABLE sys_task_copy ADD COLUMN task_key VARCHAR(255) NULL;
