-- Issue 17.4: the audit page searches by action or outcome over a time range and pages newest first, with a COUNT.
CREATE INDEX ix_sys_audit_action ON sys_audit (action, occurred_at);
CREATE INDEX ix_sys_audit_outcome ON sys_audit (outcome, occurred_at);
