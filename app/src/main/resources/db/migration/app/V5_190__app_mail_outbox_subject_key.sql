-- Issue 17 (brief texts17): the case page shows the e-mails queued for a case; an e-mail written in Chinese showed on
-- an English page only as "e-mail written in Chinese", since the outbox kept only the text. A queued e-mail now also
-- keeps its subject's message (bundle key and arguments as JSON, as sys_notification since V5_160) and the language it
-- was written in, so that the case page shows the subject in its reader's language; the e-mail itself stays in its
-- recipient's language. Rows written before (subject_key NULL) show as they did.
ALTER TABLE sys_mail_outbox ADD COLUMN subject_key VARCHAR(100) NULL;
ALTER TABLE sys_mail_outbox ADD COLUMN subject_args VARCHAR(4000) NULL;
ALTER TABLE sys_mail_outbox ADD COLUMN mail_lang VARCHAR(8) NULL;
