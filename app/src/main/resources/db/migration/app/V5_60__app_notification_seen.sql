-- Issue 8 (task inbox): the bell. A per-user watermark: notifications with a larger id than
-- seen_up_to are unread. One row per user, because a notification to a candidate group (ROLE:ORG)
-- is read by each member on his own.
CREATE TABLE sys_notification_seen (
    username   VARCHAR(64)  NOT NULL PRIMARY KEY,
    seen_up_to BIGINT       NOT NULL
);
