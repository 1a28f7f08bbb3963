-- Issue 17: the case log's notifications (NOTIFICATION) and e-mail intents (EMAIL_INTENT) were read in Chinese, with the
-- organisation's code, on English case pages. Such an event now also keeps the message as the notification table keeps
-- it (V5_160: the bundle key, and the arguments as JSON: each argument's kind, code or value, and Chinese text) and the
-- code of the organisation told, so that the timeline renders it in the reader's language with the organisation's name.
-- comment keeps the Chinese text, so that the log stays readable here and rows written before (NULLs) show as stored.
ALTER TABLE dsp_case_event ADD COLUMN message_key VARCHAR(100) NULL;
ALTER TABLE dsp_case_event ADD COLUMN message_args VARCHAR(4000) NULL;
ALTER TABLE dsp_case_event ADD COLUMN org_code VARCHAR(32) NULL;
