-- Issue 17: notifications were stored as Chinese text and stayed Chinese on English pages. A notification now keeps
-- its bundle key and its arguments (JSON: each argument's kind, code or value, and Chinese text), and the page, the
-- API and the e-mail render it in the reader's language (NotificationTexts). message keeps the Chinese text, so rows
-- written before (message_key NULL) still show as they were stored.
ALTER TABLE sys_notification ADD COLUMN message_key VARCHAR(100) NULL;
ALTER TABLE sys_notification ADD COLUMN message_args VARCHAR(4000) NULL;

-- The language of an account's e-mails (zh or en; NULL is Chinese, the system's language), chosen on the account page.
ALTER TABLE sys_user ADD COLUMN mail_lang VARCHAR(8) NULL;
