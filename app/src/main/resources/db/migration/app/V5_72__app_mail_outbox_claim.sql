-- Two mail dispatchers never send one e-mail twice (issue 15 point 1, ADR 0015). The claim used to count
-- the attempt only, so a node that read the row after another node's claim but before its "sent" took the
-- next attempt and sent the mail again (found by TwoNodesTest). A claim now also holds the row until
-- claimed_until; only an unclaimed row or one whose claim ran out (its node died mid-send) is taken.
ALTER TABLE sys_mail_outbox ADD COLUMN claimed_until TIMESTAMP(3) NULL;
