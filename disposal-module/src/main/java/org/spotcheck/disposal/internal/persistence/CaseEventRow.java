package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_case_event. */
public class CaseEventRow {
    public Long id;
    public Long caseId;
    public String action;
    public String actor;
    public String comment;
    public Instant occurredAt;
    /** A notification's or e-mail intent's message (issue 17): its bundle key, its arguments as JSON (V4_260). */
    public String messageKey;
    public String messageArgs;
    /** The organisation the notification or e-mail is for. */
    public String orgCode;
}
