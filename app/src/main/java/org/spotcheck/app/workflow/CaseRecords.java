package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spotcheck.app.notification.MailMapper;
import org.spotcheck.app.notification.MailOutbox;
import org.spotcheck.app.notification.NotificationTexts;
import org.spotcheck.app.security.OrganisationNames;
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
    private final CaseRecordTexts texts;
    private final OrganisationNames orgs;

    CaseRecords(Plans plans, SpotCheckTasks spotCheckTasks, SamplingApi sampling, TestingApi testing, ResultHandling resultHandling, MailOutbox mails,
            CaseAccess access, Referrals referrals, CaseRecordTexts texts, OrganisationNames orgs) {
        this.plans = plans; this.spotCheckTasks = spotCheckTasks;
        this.referrals = referrals;
        this.sampling = sampling;
        this.testing = testing;
        this.resultHandling = resultHandling;
        this.mails = mails;
        this.access = access;
        this.texts = texts;
        this.orgs = orgs;
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
            entries.add(Entry.document("SAMPLING_FORM", s.sampleCode(), texts.label("case.record.samplingForm", s.sampleCode()), s.recordedBy(),
                    s.recordedAt(), null, "/api/samples/" + s.id() + "/form.pdf", "/samples/" + s.id() + "/form.pdf"));
            for (SampleView.CustodyEvent e : s.custody()) {
                String stored = e.message() == null || e.note() == null ? texts.storedNote(e.note())
                        : texts.notificationTexts().note(e.message(), e.note()); // its message first (V2_40), else the stored text
                String note = e.portion() == null ? stored : texts.portion(e.portion()) + texts.label("punct.colon") + (stored == null ? "" : stored);
                entries.add(Entry.record(Source.SAMPLING, e.eventType(), s.sampleCode(), texts.label("case.record.sample", s.sampleCode()), e.actor(),
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
                        texts.label("case.record.notSampled", caseNumber.value()), visit.recordedBy(), visit.recordedAt(), visit.note()));
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
                    texts.file(d.contentType(), d.sizeBytes(), d.uploadedBy(), d.uploadedAt()),
                    "/api/attachments/" + d.attachmentId(), "/attachments/" + d.attachmentId()));
        }
    }

    private void attachment(AttachmentView a, Set<Long> seen, List<Entry> entries) {
        if (seen.add(a.id())) {
            entries.add(Entry.document("ATTACHMENT_" + a.kind(), a.taskCode(), a.originalName(), a.uploadedBy(), a.uploadedAt(),
                    texts.file(a.contentType(), a.sizeBytes(), a.uploadedBy(), a.uploadedAt()), "/api/attachments/" + a.id(), "/attachments/" + a.id()));
        }
    }

    private void testing(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        for (LabSampleView s : testing.labSamplesOfCase(actor, caseNumber)) {
            if (s.receivedAt() != null) {
                String kind = "REJECTED".equals(s.status()) ? "SAMPLE_REJECTED" : "SAMPLE_RECEIVED";
                entries.add(Entry.record(Source.TESTING, kind, s.sampleCode() + "@" + s.labCode(),
                        orgs.orgOr(s.labCode(), s.labName()), s.receivedBy(), s.receivedAt(), s.sampleCode())); // the lab in the reader's language (brief bil18)
            }
        }
        for (ReportView r : testing.reportsOfCase(actor, caseNumber.value())) {
            String about = r.reportNo() != null ? r.reportNo() : "report-" + r.id();
            String name = texts.label(r.retest() ? "case.record.retestReport" : "case.record.report", (r.reportNo() != null ? r.reportNo() : r.sampleCode())
                    + (r.version() > 1 ? " (v" + r.version() + ")" : ""));
            for (ReportView.Event e : r.events()) {
                entries.add(Entry.record(Source.TESTING, e.action(), about, name, e.actor(), e.occurredAt(), e.comment()));
            }
            if ("ISSUED".equals(r.status()) && r.issuedAt() != null) {
                String state = texts.conclusion(r) + (r.supersededById() != null ? texts.label("case.report.superseded") : "");
                entries.add(Entry.document("REPORT_PDF", about, name, r.approvedBy(), r.issuedAt(), state,
                        "/api/reports/" + r.id() + "/pdf", "/lab-samples/reports/" + r.id() + "/pdf"));
            }
        }
    }

    private void disposal(Actor actor, CaseNumber caseNumber, List<Entry> entries) {
        NotificationTexts.Renderer renderer = null;
        for (CaseView c : resultHandling.casesOfTask(actor, caseNumber.value())) {
            String about = "dsp-case-" + c.id();
            for (CaseView.Event logged : c.events()) {
                CaseView.Event e = texts.withItemNames(c, logged);
                String comment = e.comment();
                if (e.message() != null) {
                    renderer = renderer != null ? renderer : texts.notificationTexts().renderer();
                    comment = e.orgCode() != null ? texts.told(e, renderer) : texts.logLine(e, renderer);
                } else {
                    comment = texts.withoutReferralId(comment);
                }
                entries.add(Entry.record(Source.DISPOSAL, e.action(), about, texts.label("case.record.resultHandling", c.taskCode()), e.actor(), e.occurredAt(),
                        comment));
            }
            if (c.noticeSentAt() != null) {
                String url = "/api/disposal/cases/" + c.id() + "/notice.pdf";
                String page = "/disposal/cases/" + c.id() + "/notice.pdf";
                entries.add(Entry.document("RESULT_NOTICE", about, texts.label("case.record.notice", c.taskCode()), c.servedBy(), c.noticeSentAt(),
                        c.serviceMethod(), url, page));
                if (c.producerName() != null && !actor.isEnterprise()) {
                    entries.add(Entry.document("RESULT_NOTICE_PRODUCER", about, texts.label("case.record.noticeProducer", c.producerName()),
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
                        texts.label("referral.reason." + r.reason()), r.decidedBy(), r.decidedAt(), r.decisionComment()));
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
                entries.add(Entry.record(Source.PLANNING, e.action(), plan.code(), texts.label("case.record.plan", plan.code()), e.actor(),
                        e.occurredAt(), texts.planNote(e)));
            }
            issued = issued || "ISSUED".equals(e.action());
        }
    }

    private void plan(Actor actor, long planId, List<Entry> entries) {
        PlanView plan = plans.getPlan(actor, planId);
        for (PlanView.Event e : plan.events()) {
            entries.add(Entry.record(Source.PLANNING, e.action(), plan.code(), texts.label("case.record.plan", plan.code()), e.actor(), e.occurredAt(),
                    texts.planNote(e)));
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
            if (m.subjectKey() != null) {
                renderer = renderer != null ? renderer : texts.notificationTexts().renderer();
                subject = texts.mailSubject(m, renderer);
            }
            entries.add(subject != null
                    ? Entry.record(Source.MAIL, state, "mail-" + m.id(), subject, m.username(), m.createdAt(), texts.mailLanguage(m.mailLang()))
                    : Entry.record(Source.MAIL, state, "mail-" + m.id(), texts.mailSubject(m.subject()), m.username(), m.createdAt(), null));
        }
    }
}
