package org.spotcheck.app.workflow.step;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Map;

/**
 * A file of the case a result-handling or referral step rests on, listed on its page under 证据（照片、文书）
 * (issue 12's walk): the sampling forms and the photos sealed into them, the files added to the case since
 * (the enterprise's objection and rectification evidence), the issued test reports (re-tests and re-inspections
 * included) and the result notices: the case timeline's documents, within the caller's data scope. A step whose page
 * lists them declares them ({@link #declaredWith}); the inbox adds them to its page model (StepEvidence).
 *
 * @param kind       the timeline's document kind ({@code SAMPLING_FORM}, {@code ATTACHMENT_PHOTO},
 *                   {@code CASE_DOCUMENT_EVIDENCE}, {@code REPORT_PDF}, {@code RESULT_NOTICE}, ...)
 * @param name       the document's name (抽样单 YP-…, 检验报告 LAB1-…, the uploaded file's name)
 * @param uploadedBy who made or added it (a username; pages show the name)
 * @param at         when
 * @param url        its download address on the API
 * @param pageUrl    its address for the browser
 */
public record CaseEvidence(String kind, String name, String uploadedBy, Instant at, String url, String pageUrl) {

    /** The key of the case's files in a step's page model (TaskContext). */
    public static final String CONTEXT_KEY = "caseEvidence";

    /** A step's declarations ({@link TaskStep#contextTypes()}) with the case's files, for a step whose page lists them. */
    public static Map<String, Type> declaredWith(Map<String, Type> stepTypes) {
        return ContextTypes.plus(stepTypes, CONTEXT_KEY, ContextTypes.listOf(CaseEvidence.class));
    }
}
