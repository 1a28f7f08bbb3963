package org.spotcheck.app.workflow.field;

import java.util.List;
import java.util.Map;
import org.spotcheck.sampling.api.SealRangeView;

/**
 * "Download my cases" of the offline sampling app ({@code GET /api/field/cases}, issue 19): the caller, the open
 * sampling steps of the cases he was drawn for, the seal ranges of his authority and the server's checks as data
 * (static/js/field-rules.js applies them offline). Named types, so the API document describes the answer (issue 18).
 *
 * @param forms the forms of steps that open only after a sync, by step: {@code confirmSampling}, which the sampler fills
 *              offline right after the sampling form (the enterprise signs the paper form on site)
 * @param csrf the page session's CSRF header and token ({@code /field/api/cases} only; null through {@code /api/field})
 */
public record FieldDownload(Person user, String downloadedAt, List<Case> cases, List<SealRangeView> sealRanges, Rules rules,
        Map<String, Form> forms, Csrf csrf) {

    /** A sampler: login and display name. */
    public record Person(String username, String name) {
    }

    /**
     * One open step of a case for the caller; {@code dueAt} is an ISO instant or null.
     *
     * @param key        the device's key of the form: the case code for 现场抽样, {@code caseCode#step} for the others
     * @param step       {@code recordSampling}, {@code recordReinspectionSampling} or {@code confirmSampling}
     * @param sampleCode the sample to confirm ({@code confirmSampling} only), else null
     * @param form       the step's form as the server serves and checks it ({@code GET /api/tasks/{id}} form), with the
     *                   rule of each constraint keyword: the app checks a form offline with it (issue 19)
     */
    public record Case(String key, String step, String caseCode, String taskId, String planCode, String dueAt,
            Enterprise enterprise, Named product, Named lab, Rule rule, List<Person> samplers, String sampleCode, Form form) {
    }

    /** A step's JSON Schema, the rule of each constraint keyword by its pointer, and the texts that constraints bring. */
    public record Form(Map<String, Object> schema, Map<String, String> rules, Map<String, String> messages) {
    }

    /** The enterprise to visit; credit code and address are "" when the register has none. */
    public record Enterprise(String code, String name, String creditCode, String address) {
    }

    /** A product or a lab by code and name. */
    public record Named(String code, String name) {
    }

    /** The implementation rule's portions (test and backup) in its unit. */
    public record Rule(long id, String title, String version, int testPortion, int backupPortion, String unit) {
    }

    /**
     * The sampling step's checks: at least {@code minSamplers} samplers (Order 133 art. 19(1)), the required fields
     * and their maximum lengths, the seal number pattern, whether seals must lie in an issued range, that samples are
     * bought (Order 18), a batch number or a production date, the online fields and where an online backup is kept,
     * the photos needed by channel, the reasons of each non-sampling outcome, and the photo limits.
     */
    public record Rules(int minSamplers, List<String> required, Map<String, Integer> maxLength, String sealPattern,
            boolean sealRangesRequired, boolean samplesAreBought, boolean batchOrDate, List<String> onlineRequired,
            String onlineBackupAt, Map<String, Integer> minPhotos, int maxPhotos, Map<String, List<String>> reasons,
            Photo photo) {
    }

    /** The largest edge in pixels and the largest size in bytes of a photo after the app shrinks it. */
    public record Photo(int maxEdge, int maxBytes) {
    }

    /** The header that carries the page session's CSRF token, and the token. */
    public record Csrf(String header, String token) {
    }

    /** The same download with the page session's CSRF token. */
    public FieldDownload withCsrf(Csrf token) {
        return new FieldDownload(user, downloadedAt, cases, sealRanges, rules, forms, token);
    }
}
