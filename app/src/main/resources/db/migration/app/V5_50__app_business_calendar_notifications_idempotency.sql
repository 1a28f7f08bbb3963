-- Issue 5 (lab testing), numbered 5_50 so that parallel work on app can take the low numbers.

-- Business calendar (architecture.md §4; domain.md §4.1): the days that differ from the plain rule
-- "Monday to Friday are working days". A public holiday is a row with working = FALSE, an adjusted
-- working day (调休上班) on a weekend a row with working = TRUE. Read by BusinessCalendar; editable
-- data, so later years are added as rows. Seeded with the official 2026 schedule: 国务院办公厅关于
-- 2026年部分节假日安排的通知 (published 2025-11-04).
CREATE TABLE sys_calendar_day (
    cal_date DATE         NOT NULL PRIMARY KEY,
    working  BOOLEAN      NOT NULL,
    name     VARCHAR(50)  NOT NULL
);

INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-01-01', FALSE, '元旦');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-01-02', FALSE, '元旦');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-01-03', FALSE, '元旦');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-01-04', TRUE, '元旦调休上班');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-14', TRUE, '春节调休上班');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-15', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-16', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-17', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-18', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-19', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-20', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-21', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-22', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-23', FALSE, '春节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-02-28', TRUE, '春节调休上班');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-04-04', FALSE, '清明节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-04-05', FALSE, '清明节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-04-06', FALSE, '清明节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-05-01', FALSE, '劳动节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-05-02', FALSE, '劳动节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-05-03', FALSE, '劳动节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-05-04', FALSE, '劳动节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-05-05', FALSE, '劳动节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-05-09', TRUE, '劳动节调休上班');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-06-19', FALSE, '端午节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-06-20', FALSE, '端午节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-06-21', FALSE, '端午节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-09-20', TRUE, '国庆节调休上班');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-09-25', FALSE, '中秋节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-09-26', FALSE, '中秋节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-09-27', FALSE, '中秋节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-01', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-02', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-03', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-04', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-05', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-06', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-07', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2026-10-10', TRUE, '国庆节调休上班');

-- In-app notifications (reminders before a task's due date). recipient is a username or a candidate
-- group ROLE:ORG; dedup_key makes a reminder idempotent (a timer that fires twice writes one row).
CREATE TABLE sys_notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(100)  NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    business_key VARCHAR(64),
    task_id      VARCHAR(64),
    message      VARCHAR(500)  NOT NULL,
    due_at       TIMESTAMP(3),
    dedup_key    VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_sys_notification UNIQUE (dedup_key, recipient)
);
CREATE INDEX ix_sys_notification_recipient ON sys_notification (recipient, created_at);

-- Idempotency-Key of API submissions (LIMS): the first successful response per organisation and
-- key is kept; a repeat with the same body returns it, a repeat with another body is refused.
CREATE TABLE sys_idempotency_key (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_code     VARCHAR(32)   NOT NULL,
    idem_key     VARCHAR(100)  NOT NULL,
    endpoint     VARCHAR(200)  NOT NULL,
    request_hash CHAR(64)      NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    status       INT           NOT NULL,
    response     TEXT          NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_sys_idempotency_key UNIQUE (org_code, idem_key)
);
