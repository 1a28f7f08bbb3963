package org.spotcheck.disposal.internal.application;

import java.util.List;
import java.util.stream.Collectors;
import org.spotcheck.disposal.api.PublicResultView;
import org.spotcheck.disposal.api.PublicationReleaseCommand;
import org.spotcheck.disposal.api.PublicationView;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.PublicationMapper;
import org.spotcheck.disposal.internal.persistence.PublicationRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * 一公开: a result is prepared for the public when its case opens, HELD while the conclusion is not
 * final (objection window, objection, re-test: domain.md §4.2 publication guard), PENDING_REVIEW
 * once final, and RELEASED only after an officer of the organising authority has reviewed the
 * redaction (S2 art. 10: only the organising authority publishes).
 */
@Component
class Publications {

    static final String RESULT = "RESULT";
    static final String ANNOUNCEMENT = "ANNOUNCEMENT";

    private final PublicationMapper publications;
    private final CaseStore store;

    Publications(PublicationMapper publications, CaseStore store) {
        this.publications = publications;
        this.store = store;
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
            throw new ConflictException("CONCURRENT_CHANGE", "公开信息已被他人修改 / the publication was changed by someone else");
        }
    }

    /** The provincial authority's announcement (公告, R15) is public as soon as it is made. */
    void announcement(DisposalCaseRow c, String text, String announcedBy) {
        PublicationRow row = new PublicationRow();
        row.caseId = c.id;
        row.kind = ANNOUNCEMENT;
        row.status = "RELEASED";
        row.authorityCode = c.escalatedTo;
        fill(row, c);
        row.remark = text;
        row.createdAt = store.now();
        row.reviewedBy = announcedBy;
        row.releasedAt = row.createdAt;
        publications.insert(row);
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
        row.conclusionText = "NO_NONCONFORMITY_FOUND".equals(conclusion) ? "所检项目未发现不合格"
                : "不合格" + ("SERIOUS".equals(grade) ? "（严重不合格）" : "（一般不合格）");
        List<CaseItemRow> items = store.cases.items(c.id);
        row.failedItemsText = items.stream().filter(i -> "FAIL".equals(i.finalVerdict))
                .map(i -> i.nameZh).collect(Collectors.joining("、"));
    }

    List<PublicationView> list(Actor actor) {
        if (!actor.isAuthority()) {
            return List.of();
        }
        return publications.listForAuthority(actor.orgCode()).stream().map(Publications::view).toList();
    }

    PublicationView release(Actor actor, long publicationId, PublicationReleaseCommand command) {
        if (!actor.has(Role.OFFICER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要结果处理人员角色 / role OFFICER required");
        }
        PublicationRow row = publications.find(publicationId);
        if (row == null || !actor.belongsTo(row.authorityCode)) {
            throw new NotFoundException("publication", publicationId);
        }
        if ("HELD".equals(row.status)) {
            throw new RuleViolationException(null, "PUBLICATION_HELD",
                    "检验结论尚未确定（异议期内、异议处理或复检中），暂不公开 / held: the conclusion is not final yet (objection window, objection or re-test)");
        }
        if (!"PENDING_REVIEW".equals(row.status)) {
            throw new ConflictException("ALREADY_RELEASED", "已公开 / already released");
        }
        if (!Boolean.TRUE.equals(command.redactionChecked())) {
            throw InvalidInputException.of("redactionChecked", "REDACTION_NOT_CHECKED",
                    "请确认已完成脱敏审核（不含个人信息和商业秘密） / confirm the redaction review (no personal data, no trade secrets)");
        }
        row.enterpriseName = command.enterpriseName().strip();
        row.productName = command.productName().strip();
        row.trademark = blankToNull(command.trademark());
        row.specification = blankToNull(command.specification());
        row.batchNumber = blankToNull(command.batchNumber());
        row.conclusionText = blankToNull(command.conclusionText());
        row.failedItemsText = blankToNull(command.failedItemsText());
        row.remark = blankToNull(command.remark());
        row.status = "RELEASED";
        row.reviewedBy = actor.username();
        row.releasedAt = store.now();
        if (publications.update(row, "PENDING_REVIEW") != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "公开信息已被他人修改 / the publication was changed by someone else");
        }
        store.event(row.caseId, "PUBLISHED", actor, "结果已公开 / result released");
        return view(publications.find(publicationId));
    }

    List<PublicResultView> released() {
        return publications.released().stream().map(p -> new PublicResultView(p.kind, p.enterpriseName, p.productName,
                p.trademark, p.specification, p.batchNumber, p.conclusionText, p.failedItemsText, p.remark, p.releasedAt))
                .toList();
    }

    private static PublicationView view(PublicationRow p) {
        return new PublicationView(p.id, p.caseId, p.taskCode, p.kind, p.status, p.authorityCode, p.enterpriseName,
                p.productName, p.trademark, p.specification, p.batchNumber, p.conclusionText, p.failedItemsText, p.remark,
                p.createdAt, p.reviewedBy, p.releasedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
