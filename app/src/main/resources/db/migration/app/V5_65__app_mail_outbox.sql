-- E-mail (issue 8 point 3, issue 6 point 1): an account's address, and a transactional outbox.
-- A notification and its e-mails are written in the same transaction as the step that causes them;
-- MailDispatcher sends committed rows afterwards, so a failed SMTP server never rolls a step back and
-- a rolled-back step never sends mail.
ALTER TABLE sys_user ADD COLUMN email VARCHAR(200) NULL;

CREATE TABLE sys_mail_outbox (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64)   NOT NULL,
    address      VARCHAR(200)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    business_key VARCHAR(64)   NULL,
    dedup_key    VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    sent_at      TIMESTAMP(3)  NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(500)  NULL,
    CONSTRAINT uq_mail_outbox UNIQUE (dedup_key, username)
);
CREATE INDEX ix_mail_outbox_pending ON sys_mail_outbox (sent_at, attempts, id);
