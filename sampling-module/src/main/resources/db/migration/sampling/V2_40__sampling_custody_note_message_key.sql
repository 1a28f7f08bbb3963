-- Issue 17 (brief texts17): the custody notes the system writes (封样：检验样品 …, 送往承检机构 …, 备用样品封存于企业 …,
-- 企业在线确认, the backup's hand-over to the re-test lab, the confirmation reminder) were stored as Chinese text only and
-- read on English pages by matching the text against the bundles' stored.* patterns. A note now also keeps its bundle
-- key and its arguments (JSON, as sys_notification since V5_160), and the pages render it in the reader's language;
-- note keeps the Chinese text, so rows written before (note_key NULL) still read as they did.
ALTER TABLE smp_custody_event ADD COLUMN note_key VARCHAR(100) NULL;
ALTER TABLE smp_custody_event ADD COLUMN note_args VARCHAR(4000) NULL;
