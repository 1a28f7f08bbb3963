package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One case (a plan's approval or a spot-check) as a timeline of who did what, when, across the
 * workflow and the modules. The process diagram is drawn by bpmn-js from
 * {@link org.spotcheck.app.workflow.diagram.CaseDiagram} (ADR 0012).
 */
public record CaseTimeline(String businessKey, String processKey, String processName, String processInstanceId,
        boolean ended, List<String> currentSteps, List<Entry> entries) {

    /** The current steps by name, for the page (the ids are the API's). */
    public List<String> currentStepNames() {
        return currentSteps.stream().map(id -> entries.stream()
                .filter(e -> id.equals(e.activityId()) && e.name() != null).map(Entry::name).reduce((a, b) -> b).orElse(id))
                .distinct().toList();
    }

    /** Where an entry comes from: the workflow's history, a module's own records, a document or an e-mail. */
    public enum Source {
        WORKFLOW, PLANNING, SAMPLING, TESTING, DISPOSAL, DOCUMENT, MAIL
    }

    /**
     * One entry: a workflow step (a user task with its assignee and comments, a service task, an
     * event), a custody event, a state change recorded by a module, a document or a queued e-mail.
     *
     * @param kind       the workflow activity type ({@code userTask}, ...) for {@link Source#WORKFLOW};
     *                   otherwise the module's event or document type ({@code SEALED}, {@code ISSUED},
     *                   {@code REPORT_PDF}, {@code QUEUED}, ...)
     * @param activityId the BPMN activity id; for a module record, the record it belongs to
     *                   (sample code, report number, case id)
     * @param actor      who did it; for an e-mail, the addressee
     * @param comment    comments, notes or the e-mail's state
     * @param source     where the entry comes from
     * @param url        for a document, its download address on the API ({@code /api/...})
     * @param pageUrl    for a document, its address for the browser (the pages' session)
     */
    public record Entry(String kind, String activityId, String name, String actor, Instant startedAt, Instant endedAt,
            String comment, Source source, String url, String pageUrl) {

        /** A workflow step from the history. */
        public Entry(String kind, String activityId, String name, String actor, Instant startedAt, Instant endedAt,
                String comment) {
            this(kind, activityId, name, actor, startedAt, endedAt, comment, Source.WORKFLOW, null, null);
        }

        /** A module record that happened at one instant. */
        static Entry record(Source source, String kind, String about, String name, String actor, Instant at, String comment) {
            return new Entry(kind, about, name, actor, at, at, comment, source, null, null);
        }

        /** A document with its download addresses. */
        static Entry document(String kind, String about, String name, String actor, Instant at, String comment, String url,
                String pageUrl) {
            return new Entry(kind, about, name, actor, at, at, comment, Source.DOCUMENT, url, pageUrl);
        }

        /** The page's filter group: workflow, custody, documents, state (module state changes) or mail. */
        public String group() {
            return switch (source) {
                case WORKFLOW -> "workflow";
                case SAMPLING -> "custody";
                case DOCUMENT -> "documents";
                case MAIL -> "mail";
                case PLANNING, TESTING, DISPOSAL -> "state";
            };
        }
    }

    /** The current steps named in the reader's language (the case page's 当前环节), through {@link org.spotcheck.app.security.PageNames#steps}. */
    public String currentStepNames(org.spotcheck.app.security.PageNames names) {
        return names.steps(currentSteps(), id -> entries().stream().filter(e -> id.equals(e.activityId()) && e.name() != null)
                .map(Entry::name).reduce((a, b) -> b).orElse(id));
    }
}
