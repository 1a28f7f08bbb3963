package org.spotcheck.testing.internal.persistence;

import java.time.Instant;

/** Row of tst_report_event. */
public class ReportEventRow {
    public Long id;
    public Long reportId;
    public String action;
    public String actor;
    public String comment;
    public Instant occurredAt;
}
