package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spotcheck.app.notification.MailMapper;
import org.spotcheck.app.notification.MailOutbox;
import org.spotcheck.app.notification.NotificationTexts;
import org.spotcheck.app.workflow.CaseTimeline.Entry;
import org.spotcheck.app.workflow.CaseTimeline.Source;
import org.spotcheck.app.workflow.step.CaseEvidence;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.CaseDocumentView;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/**
 * The modules' own records of a case as timeline entries: the custody of its samples, the
 * documents (sampling forms, uploads, test report versions, result notices) with their download
 * addresses, the state changes that testing, disposal and planning record, and the e-mails queued
 * for it. One scoped call per module and kind of record for the whole case (never one per entry):
 * each module applies the caller's data scope itself, so a party sees only its part.
 */
@Component
class CaseRecords {

    private final Plans plans;
    private final SpotCheckTasks spotCheckTasks;
    private final SamplingApi sampling;
    private final TestingApi testing;
    private final ResultHandling resultHandling;
    private final MailOutbox mails;
    private final CaseAccess access;
    private final Referrals referrals;

    CaseRecords(Plans plans, SpotCheckTasks spotCheckTasks, SamplingApi sampling, TestingApi testing, ResultHandling resultHandling, MailOutbox mails,
            CaseAccess access, Referrals referrals) {
        this.plans = plans; this.spotCheckTasks = spotCheckTasks;
        this.referrals = referrals;
        this.sampling = sampling;
        this.testing = testing;
        this.resultHandling = resultHandling;
        this.mails = mails;
        this.access = access;
    }

    /** The module records of a case the caller may see (checked by {@link CaseAccess}), in no particular order. */
    List<Entry> of(Actor actor, CaseAccess.Kind kind, String businessKey, String processInstanceId) {
        List<Entry> entries = new ArrayList<>();
        switch (kind) {
            case SPOT_CHECK -> {
                CaseNumber caseNumber = CaseNumber.of(businessKey);
                planOfCase(actor, caseNumber, entries);
                sampling(actor, caseNumber, entries);
                caseDocuments(actor, caseNumber, entries);
                testing(actor, caseNumber, entries);
                disposal(actor, caseNumber, entries);
                referrals(actor, caseNumber, entries);
            }
            case PLAN -> plan(actor, access.planId(processInstanceId), entries);
            case WARNING -> { // the warning's own steps are its process's user task
            }
        }
        mail(actor, businessKey, entries);
        return entries;
    }

    /**
     * The case's documents the caller may read, oldest first: what its result-handling and referral pages list as
     * evidence (sampling forms and sealed photos, files added to the case, issued reports, result notices).
     */
    List<CaseEvidence> documents(Actor actor, CaseNumber caseNumber) {
        List<Entry> entries = new ArrayList<>();
        sampling(actor, caseNumber, entries);
        caseDocuments(actor, caseNumber, entries);
        testing(actor, caseNumber, entries);
        disposal(actor, caseNumber, entries);
        return entries.stream().filter(e -> e.source() == Source.DOCUMENT)
                .sorted(java.util.Comparator.comparing(Entry::endedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(CaseRecords::evidence).toList();
    }

    private static CaseEvidence evidence(Entry document) {
        return new CaseEvidence(document.kind(), document.name(), document.actor(), document.endedAt(), document.url(),
                document.pageUrl());
    }

    private void sampling(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        Set<Long> attachments = new HashSet<>();
        List<SampleView> samples = sampling.samplesOfCase(actor, caseNumber);
        for (SampleView s : samples) {
            entries.add(Entry.document("SAMPLING_FORM", s.sampleCode(), label("case.record.samplingForm", s.sampleCode()), s.recordedBy(),
                    s.recordedAt(), null, "/api/samples/" + s.id() + "/form.pdf", "/samples/" + s.id() + "/form.pdf"));
            for (SampleView.CustodyEvent e : s.custody()) {
                String stored = e.message() == null || e.note() == null || notificationTexts == null ? storedNote(e.note())
                        : notificationTexts.note(e.message(), e.note()); // its message first (V2_40), else the stored text
                String note = e.portion() == null ? stored : portion(e.portion()) + label("punct.colon") + (stored == null ? "" : stored);
                entries.add(Entry.record(Source.SAMPLING, e.eventType(), s.sampleCode(), label("case.record.sample", s.sampleCode()), e.actor(),
                        e.occurredAt(), note));
            }
            for (AttachmentView a : s.photos()) {
                attachment(a, attachments, entries);
            }
        }
        if (samples.isEmpty()) {
            NonSamplingView visit = sampling.nonSamplingOfTask(actor, caseNumber.value());
            if (visit != null) {
                entries.add(Entry.record(Source.SAMPLING, "NON_SAMPLING_" + visit.outcome().name(), caseNumber.value(),
                        label("case.record.notSampled", caseNumber.value()), visit.recordedBy(), visit.recordedAt(), visit.note()));
                for (AttachmentView a : visit.evidence()) {
                    attachment(a, attachments, entries);
                }
            }
        }
    }

    /**
     * Issue 12.7: what was added after the sampling record was sealed, listed apart from the record's
     * own files (kind {@code CASE_DOCUMENT_<file kind>}), with who added it, from which organisation, and when.
     */
    private void caseDocuments(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        for (CaseDocumentView d : sampling.caseDocuments(actor, caseNumber)) {
            entries.add(Entry.document("CASE_DOCUMENT_" + d.kind(), d.caseCode(), d.originalName(), d.uploadedBy(), d.uploadedAt(),
                    file(d.contentType(), d.sizeBytes(), d.uploadedBy(), d.uploadedAt()),
                    "/api/attachments/" + d.attachmentId(), "/attachments/" + d.attachmentId()));
        }
    }

    private void attachment(AttachmentView a, Set<Long> seen, List<Entry> entries) {
        if (seen.add(a.id())) {
            entries.add(Entry.document("ATTACHMENT_" + a.kind(), a.taskCode(), a.originalName(), a.uploadedBy(), a.uploadedAt(),
                    file(a.contentType(), a.sizeBytes(), a.uploadedBy(), a.uploadedAt()), "/api/attachments/" + a.id(), "/attachments/" + a.id()));
        }
    }

    private void testing(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        for (LabSampleView s : testing.labSamplesOfCase(actor, caseNumber)) {
            if (s.receivedAt() != null) {
                String kind = "REJECTED".equals(s.status()) ? "SAMPLE_REJECTED" : "SAMPLE_RECEIVED";
                entries.add(Entry.record(Source.TESTING, kind, s.sampleCode() + "@" + s.labCode(),
                        s.labName() == null ? s.labCode() : s.labName(), s.receivedBy(), s.receivedAt(), s.sampleCode()));
            }
        }
        for (ReportView r : testing.reportsOfCase(actor, caseNumber.value())) {
            String about = r.reportNo() != null ? r.reportNo() : "report-" + r.id();
            String name = label(r.retest() ? "case.record.retestReport" : "case.record.report", (r.reportNo() != null ? r.reportNo() : r.sampleCode())
                    + (r.version() > 1 ? " (v" + r.version() + ")" : ""));
            for (ReportView.Event e : r.events()) {
                entries.add(Entry.record(Source.TESTING, e.action(), about, name, e.actor(), e.occurredAt(), e.comment()));
            }
            if ("ISSUED".equals(r.status()) && r.issuedAt() != null) {
                String state = conclusion(r) + (r.supersededById() != null ? label("case.report.superseded") : "");
                entries.add(Entry.document("REPORT_PDF", about, name, r.approvedBy(), r.issuedAt(), state,
                        "/api/reports/" + r.id() + "/pdf", "/lab-samples/reports/" + r.id() + "/pdf"));
            }
        }
    }

    private void disposal(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        NotificationTexts.Renderer renderer = null;
        for (CaseView c : resultHandling.casesOfTask(actor, caseNumber.value())) {
            String about = "dsp-case-" + c.id();
            for (CaseView.Event e : c.events()) {
                String comment = e.comment();
                if (e.message() != null && notificationTexts != null) {
                    renderer = renderer != null ? renderer : notificationTexts.renderer();
                    comment = e.orgCode() != null ? told(e, renderer) : logLine(e, renderer);
                } else {
                    comment = withoutReferralId(comment);
                }
                entries.add(Entry.record(Source.DISPOSAL, e.action(), about, label("case.record.resultHandling", c.taskCode()), e.actor(), e.occurredAt(),
                        comment));
            }
            if (c.noticeSentAt() != null) {
                String url = "/api/disposal/cases/" + c.id() + "/notice.pdf";
                String page = "/disposal/cases/" + c.id() + "/notice.pdf";
                entries.add(Entry.document("RESULT_NOTICE", about, label("case.record.notice", c.taskCode()), c.servedBy(), c.noticeSentAt(),
                        c.serviceMethod(), url, page));
                if (c.producerName() != null && !actor.isEnterprise()) {
                    entries.add(Entry.document("RESULT_NOTICE_PRODUCER", about, label("case.record.noticeProducer", c.producerName()),
                            c.servedBy(), c.noticeSentAt(), c.serviceMethod(), url + "?recipient=PRODUCER", page + "?recipient=PRODUCER"));
                }
            }
        }
    }

    /**
     * Enforcement's decision on each referral of the case (立案查处 / 不予立案), by the enforcer, with his comment:
     * the option picked, not only the comment (issue 12's walk). Referrals are the authority's records; others see none.
     */
    private void referrals(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        for (ReferralView r : referrals.listReferrals(actor)) {
            if (r.decidedAt() != null && caseNumber.value().equals(r.taskCode())) {
                entries.add(Entry.record(Source.DISPOSAL, "REFERRAL_" + r.status(), "referral-" + r.id(),
                        label("referral.reason." + r.reason()), r.decidedBy(), r.decidedAt(), r.decisionComment()));
            }
        }
    }

    /**
     * The plan's history that led to a case (drafting, review, approval, filing, issue), and a
     * re-draw of this case's team, for those who may see the plan: its authority's staff. The
     * scope is checked before the scoped read so that a party outside it never makes it throw.
     */
    private void planOfCase(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        SpotCheckTaskView task = spotCheckTasks.getSpotCheckTask(Actor.SYSTEM, caseNumber.value());
        if (!actor.isSystem() && !(actor.isAuthority() && actor.belongsTo(task.authorityCode()))) {
            return;
        }
        PlanView plan = plans.getPlan(actor, task.planId());
        boolean issued = false;
        for (PlanView.Event e : plan.events()) {
            boolean redrawOfThisCase = "INSPECTORS_REDRAWN".equals(e.action()) && e.comment() != null
                    && e.comment().startsWith(caseNumber.value() + "：");
            if (!issued || redrawOfThisCase) {
                entries.add(Entry.record(Source.PLANNING, e.action(), plan.code(), label("case.record.plan", plan.code()), e.actor(),
                        e.occurredAt(), planNote(e)));
            }
            issued = issued || "ISSUED".equals(e.action());
        }
    }

    private void plan(Actor actor, long planId, List<Entry> entries) {
        PlanView plan = plans.getPlan(actor, planId);
        for (PlanView.Event e : plan.events()) {
            entries.add(Entry.record(Source.PLANNING, e.action(), plan.code(), label("case.record.plan", plan.code()), e.actor(), e.occurredAt(),
                    planNote(e)));
        }
    }

    /**
     * The e-mails queued for the case: the authority's staff see them all, anyone else only those
     * addressed to him. Addresses and bodies stay out of the timeline.
     */
    private void mail(Actor actor, String businessKey, List<Entry> entries) {
        NotificationTexts.Renderer renderer = null;
        for (MailMapper.OutboxMail m : mails.ofCase(businessKey)) {
            if (!actor.isAuthority() && !actor.username().equals(m.username())) {
                continue;
            }
            String state = m.sentAt() != null ? "SENT" : m.lastError() != null ? "FAILED" : "QUEUED";
            String subject = null;
            if (m.subjectKey() != null && notificationTexts != null && messages != null) {
                renderer = renderer != null ? renderer : notificationTexts.renderer();
                subject = mailSubject(m, renderer);
            }
            entries.add(subject != null
                    ? Entry.record(Source.MAIL, state, "mail-" + m.id(), subject, m.username(), m.createdAt(), mailLanguage(m.mailLang()))
                    : Entry.record(Source.MAIL, state, "mail-" + m.id(), mailSubject(m.subject()), m.username(), m.createdAt(), null));
        }
    }

    /**
     * An e-mail's subject in the reader's language, from the message it keeps (V5_190; brief texts17): the mail itself
     * was written in its recipient's language. Null when the message's key is no longer in the bundles.
     */
    private String mailSubject(MailMapper.OutboxMail m, NotificationTexts.Renderer renderer) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (messages.getMessage(m.subjectKey(), null, null, locale) == null) {
            return null;
        }
        String text = renderer.render(m.subjectKey(), m.subjectArgs(), m.subject(), locale);
        return messages.getMessage("notification.mail.subject", new Object[] {text}, text, locale);
    }

    /** "sent in Chinese" where the e-mail was written in another language than the page's; null where it was not. */
    private String mailLanguage(String mailLang) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String written = "en".equals(mailLang) ? "en" : "zh";
        return written.equals(locale.getLanguage()) ? null : label("case.record.mailWrittenIn." + written);
    }

    /**
     * An e-mail's subject as the case page shows it: as written, except on an English page where the mail was written
     * in Chinese for its Chinese recipient (issue 17, brief en17c: 【产品质量监督抽查】检验结果通知书… showed at ?lang=en);
     * there the page says so, and the case log's e-mail intent (✉) reads the same message in English.
     */
    private String mailSubject(String subject) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (subject == null || messages == null || !"en".equals(locale.getLanguage())
                || subject.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return subject;
        }
        return messages.getMessage("case.record.mailInChinese", null, subject, locale);
    }

    /**
     * A notification or e-mail intent of the case log in the reader's language (issue 17: an English page read
     * "→ ENT-B：检验结果通知书（…，纸巾纸）…"): the organisation's name, not its code, and the message as the bell shows it.
     */
    private String told(CaseView.Event e, NotificationTexts.Renderer renderer) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String org = e.orgCode() == null || names == null ? e.orgCode() : names.org(e.orgCode());
        String text = renderer.render(e.message(), locale);
        String key = "EMAIL_INTENT".equals(e.action()) ? "case.record.emailIntent" : "case.record.notification";
        return messages == null ? e.comment() : messages.getMessage(key, new Object[] {org == null ? "" : org, text}, e.comment(), locale);
    }

    /**
     * A case log line written with its bundle key (issue 17, brief disp17): the key and its arguments in the reader's
     * language, codes (organisations, conclusions, statuses) named; a key no longer in the bundles shows the stored text.
     */
    private String logLine(CaseView.Event e, NotificationTexts.Renderer renderer) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (messages == null || messages.getMessage(e.message().key(), null, null, locale) == null) {
            return e.comment();
        }
        org.spotcheck.shared.StoredMessage message = e.message();
        if (names != null && "en".equals(locale.getLanguage())) {
            // an argument that is itself a text the modules store in Chinese (a refused re-inspection's 拒绝人 note) reads
            // in English as the stored notes do; a person's own words match no stored text and stay as written
            message = new org.spotcheck.shared.StoredMessage(message.key(), message.args().stream()
                    .map(a -> a.kind() == org.spotcheck.shared.StoredMessage.Kind.TEXT && a.value() != null
                            ? org.spotcheck.shared.StoredMessage.Arg.text(names.stored(a.value(), locale)) : a)
                    .toList());
        }
        return renderer.render(message, locale);
    }

    /**
     * An old revocation line stored with the referral's internal id (停业整顿后复查仍不合格，移送吊销营业执照（移送 #12）), read
     * without it in either language, as new rows are written (stored.dsp.revocationReferredWithoutId). Any other line as stored.
     */
    private String withoutReferralId(String comment) {
        if (comment == null || messages == null) {
            return comment;
        }
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        String withId = messages.getMessage("stored.dsp.revocationReferred", new Object[] {"#"}, null, zh);
        int hash = withId == null ? -1 : withId.indexOf("##");
        if (hash < 0 || !comment.startsWith(withId.substring(0, hash + 1)) || !comment.endsWith(withId.substring(hash + 2))
                || !comment.substring(hash + 1, comment.length() - (withId.length() - hash - 2)).matches("\\d+")) {
            return comment;
        }
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return messages.getMessage("stored.dsp.revocationReferredWithoutId", null, comment, locale);
    }

    private NotificationTexts notificationTexts;

    /** Notifications in the reader's language (the case log's notifications and e-mail intents). */
    @org.springframework.beans.factory.annotation.Autowired
    void setNotificationTexts(NotificationTexts notificationTexts) {
        this.notificationTexts = notificationTexts;
    }

    private org.springframework.context.MessageSource messages;

    /** Labels for the reader's language (the sample portion a custody record is about). */
    @org.springframework.beans.factory.annotation.Autowired
    void setMessages(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    private org.spotcheck.app.security.PageNames names;

    /** Stored notes in the reader's language (issue 17: custody notes were Chinese on English pages). */
    @org.springframework.beans.factory.annotation.Autowired
    void setNames(org.spotcheck.app.security.PageNames names) {
        this.names = names;
    }

    /** A plan's history line in the reader's language: from its message where it keeps one (V1_80), else as stored. */
    private String planNote(PlanView.Event e) {
        return e.message() == null || e.comment() == null || notificationTexts == null ? e.comment()
                : notificationTexts.note(e.message(), e.comment());
    }

    /** A custody note as stored, read in the reader's language where it is one of the texts the modules store. */
    private String storedNote(String note) {
        return names == null ? note : names.stored(note, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A page text in the reader's language. */
    private String label(String key) {
        return messages == null ? "" : messages.getMessage(key, null, "", org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * A report's conclusion: its own Chinese wording, on an English page the conclusion's and the grade's labels (the
     * timeline read 不合格（一般不合格） at ?lang=en).
     */
    private String conclusion(ReportView r) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (messages == null || !"en".equals(locale.getLanguage()) || r.conclusion() == null) {
            return r.conclusionZh();
        }
        String label = messages.getMessage("dsp.conclusion." + r.conclusion(), null, null, locale);
        String grade = r.grade() == null ? null : messages.getMessage("dsp.grade." + r.grade(), null, null, locale);
        return label == null ? r.conclusionZh() : grade == null ? label : label + " (" + grade + ")";
    }

    /**
     * A record's or document's name in the reader's language, with its number (an English page read 计划 ND-…,
     * 抽样单 YP-… and 检验报告 LAB1-…, issue 17); without a bundle the number alone.
     */
    private String label(String key, String number) {
        return messages == null ? number : messages.getMessage(key, new Object[] {number}, number,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * A file as a reader describes it, in his language: its kind and size, who uploaded it by his real name, and when in
     * Beijing time (图片 PNG，0.1 KB，由 王芳 于 2026-12-07 17:30 上传); no MIME type, no organisation code (issue 17).
     */
    String file(String contentType, long sizeBytes, String uploadedBy, java.time.Instant uploadedAt) {
        String kindAndSize = file(contentType, sizeBytes);
        if (uploadedBy == null || uploadedBy.isBlank() || uploadedAt == null) {
            return kindAndSize;
        }
        return text("case.file.uploaded", kindAndSize, parties == null ? uploadedBy : parties.personName(uploadedBy), BEIJING_TIME.format(uploadedAt));
    }

    /** The pages' time: China Standard Time, to the minute. */
    private static final java.time.format.DateTimeFormatter BEIJING_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private org.spotcheck.shared.Parties parties;

    /** People's real names (the documents' names), for who uploaded a file. */
    @org.springframework.beans.factory.annotation.Autowired
    void setParties(org.spotcheck.shared.Parties parties) {
        this.parties = parties;
    }

    /**
     * A file's kind and size as a reader says them, in his language: 图片 PNG，0.1 KB / PNG image, 0.1 KB; in KB to one
     * decimal (at least 0.1 KB), from 1 MB in MB (issue 17's walk: never image/png, 70 B).
     */
    String file(String contentType, long sizeBytes) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(java.util.Locale.ROOT);
        int slash = type.indexOf('/');
        String major = slash < 0 ? type : type.substring(0, slash);
        String sub = slash < 0 ? "" : type.substring(slash + 1);
        int parameters = sub.indexOf(';');
        sub = parameters < 0 ? sub : sub.substring(0, parameters);
        String format = sub.contains("spreadsheet") || sub.contains("excel") ? "Excel" : sub.contains("word") ? "Word"
                : sub.substring(Math.max(sub.lastIndexOf('.'), sub.lastIndexOf('+')) + 1).toUpperCase(java.util.Locale.ROOT);
        String kind = "pdf".equals(sub) ? text("case.file.pdf")
                : "image".equals(major) && !format.isEmpty() ? text("case.file.image", format)
                : format.isEmpty() ? text("case.file.unknown") : text("case.file.other", format);
        String size;
        if (sizeBytes < 1024 * 1024) {
            size = text("case.file.kb", oneDecimal(Math.max(0.1, sizeBytes / 1024.0)));
        } else {
            size = text("case.file.mb", oneDecimal(sizeBytes / (1024.0 * 1024.0)));
        }
        return text("case.file.note", kind, size);
    }

    private static String oneDecimal(double value) {
        java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A page text with its arguments in the reader's language. */
    private String text(String key, Object... args) {
        return messages == null ? key : messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** 检验样品, 备用样品 or both, in the reader's language; never the code [TEST]. */
    private String portion(String portion) {
        return messages == null ? portion : messages.getMessage("labels.portion." + portion, null, portion,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
