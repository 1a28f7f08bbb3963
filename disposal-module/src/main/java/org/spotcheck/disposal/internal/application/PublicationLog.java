package org.spotcheck.disposal.internal.application;

import org.spotcheck.shared.StoredMessage;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.spotcheck.disposal.api.PublicResultView;
import org.spotcheck.disposal.api.PublicationReleaseCommand;
import org.spotcheck.disposal.api.PublicationReleases;
import org.spotcheck.disposal.api.PublicationView;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.PublicationMapper;
import org.spotcheck.disposal.internal.persistence.PublicationRow;
import org.spotcheck.disposal.internal.persistence.RedactionRow;
import org.spotcheck.disposal.internal.persistence.ReinspectionRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.SearchTerms;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link PublicationReleases}. 一公开: a result is prepared for the public when its case opens, HELD while the conclusion is not
 * final (objection window, objection, re-test: domain.md §4.2 publication guard), PENDING_REVIEW
 * once final, and RELEASED only after an officer of the organising authority has reviewed the
 * redaction (S2 art. 10: only the organising authority publishes). The province's announcement
 * (公告, R15) goes through the same review: it is PENDING_REVIEW when the province officer writes it,
 * and another officer of the province reviews and releases it (four eyes: the author of a text
 * never releases it). The reviewer withholds whole fields, each with a reason; the public sees
 * "withheld" in their place, the authority keeps the text it prepared.
 */
@Component
class PublicationLog implements PublicationReleases {

    static final String RESULT = "RESULT";
    static final String ANNOUNCEMENT = "ANNOUNCEMENT";

    private final PublicationMapper publications;
    private final CaseStore store;
    private final org.spotcheck.shared.Parties parties;
    private final Validator validator;

    PublicationLog(PublicationMapper publications, CaseStore store, org.spotcheck.shared.Parties parties, Validator validator) {
        this.publications = publications;
        this.store = store;
        this.parties = parties;
        this.validator = validator;
    }

    /** The draft of a new case's result: held until the conclusion is final. */
    void draft(DisposalCaseRow c) {
        PublicationRow row = new PublicationRow();
        row.caseId = c.id;
        row.kind = RESULT;
        row.status = "HELD";
        row.authorityCode = c.authorityCode;
        fill(row, c);
        row.createdAt = store.now();
        publications.insert(row);
    }

    /** The conclusion became final: the result waits for the redaction review. */
    void conclusionFinal(DisposalCaseRow c) {
        PublicationRow row = publications.ofCase(c.id, RESULT);
        if (row == null || !"HELD".equals(row.status)) {
            return;
        }
        fill(row, c);
        row.status = "PENDING_REVIEW";
        if (publications.update(row, "HELD") != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the publication was changed by someone else");
        }
    }

    /**
     * The provincial authority's announcement (公告, R15): it waits for the redaction review by
     * another officer of the province before it is on the public page.
     */
    void announcement(DisposalCaseRow c, String text, Actor announcedBy) {
        PublicationRow row = new PublicationRow();
        row.caseId = c.id;
        row.kind = ANNOUNCEMENT;
        row.status = "PENDING_REVIEW";
        row.authorityCode = c.escalatedTo;
        fill(row, c);
        failedReinspection(c.id).ifPresent(r -> fillFromReinspection(row, r));
        row.remark = text;
        row.createdAt = store.now();
        row.preparedBy = announcedBy.username();
        publications.insert(row);
        store.notify(c.id, c.escalatedTo, StoredMessage.of("disposal.notification.announcementToReview"));
    }

    /** The last re-inspection of the case that failed (or was refused): what an announcement is about. */
    private java.util.Optional<ReinspectionRow> failedReinspection(long caseId) {
        List<ReinspectionRow> rounds = store.handling.reinspectionsOfCase(caseId);
        for (int i = rounds.size() - 1; i >= 0; i--) {
            ReinspectionRow r = rounds.get(i);
            if (r.conclusion != null && !"NO_NONCONFORMITY_FOUND".equals(r.conclusion)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * An announcement publishes the failed re-inspection (Order 18 art. 47), not the first test: its own sample
     * (trademark, specification, batch or, without one, production date), its grade, its failed items and the
     * report it rests on (with its lab). A refused re-inspection has no sample: nothing of the first one is shown
     * as if it had failed again.
     */
    private void fillFromReinspection(PublicationRow row, ReinspectionRow r) {
        row.conclusion = "REFUSED".equals(r.conclusion) ? "REFUSED" : "NONCONFORMING";
        row.roundNo = r.roundNo; // V4_280: the round, report and lab an English page sets in its own words
        row.failedItemCodes = null;
        row.grade = "REFUSED".equals(r.conclusion) ? null : "SERIOUS".equals(r.grade) ? "SERIOUS" : "GENERAL";
        if ("REFUSED".equals(r.conclusion)) {
            row.specification = null;
            row.batchNumber = null;
            row.conclusionText = store.texts.zh("disposal.publication.reinspectionRefused", r.roundNo);
            row.failedItemsText = null;
            return;
        }
        if (r.trademark != null && !r.trademark.isBlank()) {
            row.trademark = r.trademark;
        }
        row.specification = r.specification;
        row.batchNumber = r.batchNumber != null && !r.batchNumber.isBlank() ? r.batchNumber
                : r.productionDate == null ? null : store.texts.zh("disposal.publication.productionDate", r.productionDate.toString());
        String grade = store.texts.zh("SERIOUS".equals(r.grade) ? "disposal.publication.gradeSerious" : "disposal.publication.gradeGeneral");
        row.conclusionText = store.texts.zh("disposal.publication.reinspectionFailed", r.roundNo, grade, r.reportNo,
                r.labCode == null ? "" : parties.organisation(r.labCode).name());
        row.failedItemsText = r.failedItemsText;
        row.reportNo = r.reportNo;
        row.labCode = r.labCode;
        row.failedItemCodes = r.failedItemCodes;
    }

    /** The default public texts: the enterprise (a company, public by law), the product and the final result; no people. */
    private void fill(PublicationRow row, DisposalCaseRow c) {
        row.enterpriseName = c.enterpriseName;
        row.productName = c.productName;
        row.trademark = c.trademark;
        row.specification = c.specification;
        row.batchNumber = c.batchNumber;
        String conclusion = c.finalConclusion != null ? c.finalConclusion : c.conclusion;
        String grade = c.finalConclusion != null ? c.finalGrade : c.grade;
        row.productCode = c.productCode;
        row.conclusion = conclusion;
        row.grade = grade;
        row.conclusionText = "NO_NONCONFORMITY_FOUND".equals(conclusion) ? "所检项目未发现不合格"
                : "不合格" + ("SERIOUS".equals(grade) ? "（严重不合格）" : "（一般不合格）");
        List<CaseItemRow> items = store.cases.items(c.id);
        row.failedItemsText = items.stream().filter(i -> "FAIL".equals(i.finalVerdict))
                .map(i -> i.nameZh).collect(Collectors.joining("、"));
        String codes = items.stream().filter(i -> "FAIL".equals(i.finalVerdict)).map(i -> i.code).collect(Collectors.joining("、"));
        row.failedItemCodes = codes.isEmpty() || codes.length() > 1000 ? null : codes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicationView> listPublications(Actor actor) {
        if (!actor.isAuthority()) {
            return List.of();
        }
        Map<Long, List<RedactionRow>> redactions = publications.redactionsForAuthority(actor.orgCode()).stream()
                .collect(Collectors.groupingBy(r -> r.publicationId));
        return publications.listForAuthority(actor.orgCode()).stream()
                .map(p -> view(p, redactions.getOrDefault(p.id, List.of()))).toList();
    }

    @Override
    @Transactional
    public PublicationView releasePublication(Actor actor, long publicationId, PublicationReleaseCommand command) {
        Validation.check(validator, command);
        if (!actor.has(Role.OFFICER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role OFFICER required", "OFFICER");
        }
        PublicationRow row = publications.find(publicationId);
        if (row == null || !actor.belongsTo(row.authorityCode)) {
            // out of scope answers like a missing publication, but is audited as a refusal (issue 13.4)
            throw row == null ? new NotFoundException("publication", publicationId)
                    : new org.spotcheck.shared.OutOfScopeException("publication", publicationId);
        }
        if ("HELD".equals(row.status)) {
            throw new RuleViolationException(null, "PUBLICATION_HELD",
                    "held: the conclusion is not final yet (objection window, objection or re-test)");
        }
        if (!"PENDING_REVIEW".equals(row.status)) {
            throw new ConflictException("ALREADY_RELEASED", "already released");
        }
        if (actor.username().equals(row.preparedBy)) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES",
                    "the author of the text cannot review it: another officer must");
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (String field : new TreeSet<>(command.withheld())) {
            if (!PublicationView.PUBLIC_FIELDS.contains(field)) {
                violations.add(new FieldViolation("withheld", "UNKNOWN_FIELD", "unknown field " + field, List.of(field)));
            } else if (!PublicationView.REDACTABLE_FIELDS.contains(field)) {
                violations.add(new FieldViolation("withheld", "NOT_REDACTABLE",
                        "the product and the conclusion are always public: " + field, List.of(field)));
            } else {
                String reason = command.reasons().get(field);
                if (reason == null || reason.isBlank()) {
                    violations.add(new FieldViolation("reasons." + field, "REDACTION_REASON_REQUIRED",
                            "a withheld field needs a reason (personal data, trade secret)"));
                } else if (reason.strip().length() > 500) {
                    // Size is the validator's rule for every field, with no problem.Size text: this text is from the bundles,
                    // in both languages, of which the reader sees one (Bilingual)
                    violations.add(new FieldViolation("reasons." + field, "Size", store.texts.both("disposal.publication.reasonTooLong")));
                }
            }
        }
        if (!Boolean.TRUE.equals(command.redactionChecked())) {
            violations.add(new FieldViolation("redactionChecked", "REDACTION_NOT_CHECKED",
                    "confirm the redaction review (no personal data, no trade secrets)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        row.status = "RELEASED";
        row.reviewedBy = actor.username();
        row.releasedAt = store.now();
        if (publications.update(row, "PENDING_REVIEW") != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the publication was changed by someone else");
        }
        List<String> withheld = new ArrayList<>();
        List<String> withheldEn = new ArrayList<>();
        for (String field : PublicationView.REDACTABLE_FIELDS) {
            if (command.withheld().contains(field)) {
                RedactionRow redaction = new RedactionRow();
                redaction.publicationId = row.id;
                redaction.field = field;
                redaction.reason = command.reasons().get(field).strip();
                redaction.redactedBy = actor.username();
                redaction.redactedAt = row.releasedAt;
                publications.insertRedaction(redaction);
                withheld.add(store.texts.zhOr("dsp.pub.field." + field, field) + "（" + redaction.reason + "）");
                withheldEn.add(store.texts.enOr("dsp.pub.field." + field, field) + " (" + redaction.reason + ")");
            }
        }
        String published = ANNOUNCEMENT.equals(row.kind) ? "stored.dsp.announcementPublished" : "stored.dsp.resultPublished";
        store.record(row.caseId, "PUBLISHED", actor, withheld.isEmpty() ? StoredMessage.of(published)
                : StoredMessage.of(ANNOUNCEMENT.equals(row.kind) ? "dsp.log.announcementPublishedWithheld" : "dsp.log.resultPublishedWithheld",
                        StoredMessage.Arg.zhEn(String.join("、", withheld), String.join("; ", withheldEn))));
        return view(publications.find(publicationId), publications.redactionsOf(publicationId));
    }

    /** Released results and announcements: a withheld field is null and named, never its text. */
    @Override
    @Transactional(readOnly = true)
    public List<PublicResultView> publicResults() {
        Map<Long, Set<String>> withheld = publications.redactionsOfReleased().stream()
                .collect(Collectors.groupingBy(r -> r.publicationId, Collectors.mapping(r -> r.field, Collectors.toSet())));
        return publicViews(publications.released(), withheld);
    }

    /** 结果公开 searched and paged in SQL (issue 17.4); a withheld enterprise name is never matched. */
    @Override
    @Transactional(readOnly = true)
    public org.spotcheck.shared.Paged<PublicResultView> searchPublicResults(org.spotcheck.disposal.api.PublicResultQuery q) {
        String kind = "RESULT".equals(q.kind()) || "ANNOUNCEMENT".equals(q.kind()) ? q.kind() : null;
        PublicationMapper.PublicCriteria c = new PublicationMapper.PublicCriteria(SearchTerms.like(q.enterprise()),
                SearchTerms.like(q.product()), kind,
                day(q.from()), day(q.to() == null ? null : q.to().plusDays(1)));
        return org.spotcheck.shared.Paged.read(q.page(), q.size(), () -> publications.countReleased(c), (size, offset) -> {
            List<PublicationRow> rows = publications.searchReleased(c, size, offset);
            Map<Long, Set<String>> withheld = rows.isEmpty() ? Map.of()
                    : publications.redactionsOfPublications(rows.stream().map(r -> r.id).toList()).stream()
                            .collect(Collectors.groupingBy(r -> r.publicationId, Collectors.mapping(r -> r.field, Collectors.toSet())));
            return publicViews(rows, withheld);
        });
    }

    private static java.time.Instant day(java.time.LocalDate day) {
        return day == null ? null : day.atStartOfDay(DisposalSettings.CHINA).toInstant();
    }

    private static List<PublicResultView> publicViews(List<PublicationRow> rows, Map<Long, Set<String>> withheld) {
        return rows.stream().map(p -> {
            Set<String> w = withheld.getOrDefault(p.id, Set.of());
            return new PublicResultView(p.kind, shown(w, "enterpriseName", p.enterpriseName), p.productName,
                    shown(w, "trademark", p.trademark), shown(w, "specification", p.specification),
                    shown(w, "batchNumber", p.batchNumber), p.conclusionText, shown(w, "failedItemsText", p.failedItemsText),
                    shown(w, "remark", p.remark), p.releasedAt,
                    PublicationView.REDACTABLE_FIELDS.stream().filter(w::contains).toList(), p.productCode, p.conclusion, p.grade,
                    p.roundNo, p.reportNo, p.labCode, shown(w, "failedItemsText", p.failedItemCodes));
        }).toList();
    }

    private static String shown(Set<String> withheld, String field, String text) {
        return withheld.contains(field) ? null : text;
    }

    private static PublicationView view(PublicationRow p, List<RedactionRow> redactions) {
        return new PublicationView(p.id, p.caseId, p.taskCode, p.kind, p.status, p.authorityCode, p.enterpriseName,
                p.productName, p.trademark, p.specification, p.batchNumber, p.conclusionText, p.failedItemsText, p.remark,
                p.createdAt, p.preparedBy, p.reviewedBy, p.releasedAt,
                redactions.stream().map(r -> new PublicationView.Redaction(r.field, r.reason, r.redactedBy, r.redactedAt)).toList(),
                p.productCode, p.conclusion, p.grade, p.roundNo, p.reportNo, p.labCode, p.failedItemCodes);
    }
}
