package org.spotcheck.disposal.internal.application;

import java.util.List;
import java.util.Set;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.ReferralDecision;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.disposal.internal.persistence.ReferralEvidenceRow;
import org.spotcheck.disposal.internal.persistence.ReferralMapper;
import org.spotcheck.disposal.internal.persistence.ReferralRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Referrals}: enforcement referrals (移送). */
@Service
@Transactional
class ReferralService implements Referrals {

    private static final Set<String> REFERRAL_REASONS = Set.of("REFUSED_SAMPLING", "SERIOUS_QUALITY_PROBLEM", "LICENCE_REVOCATION");

    private final CaseStore store;

    private final ReferralMapper referrals;
    private final CaseDocumentNumbers documentNumbers;
    private final NoticePdf pdf;
    private final ReferralFactsTexts factsTexts;

    ReferralService(CaseStore store, ReferralMapper referrals, CaseDocumentNumbers documentNumbers, NoticePdf pdf,
            ReferralFactsTexts factsTexts) {
        this.store = store;
        this.referrals = referrals;
        this.documentNumbers = documentNumbers;
        this.pdf = pdf;
        this.factsTexts = factsTexts;
    }

    @Override
    public ReferralView openReferral(Actor actor, OpenReferralCommand command) {
        if (!REFERRAL_REASONS.contains(command.reason())) {
            throw InvalidInputException.of("reason", "UNKNOWN_REFERRAL_REASON", "unknown referral reason " + command.reason(),
                    command.reason());
        }
        ReferralRow row = new ReferralRow();
        row.taskCode = command.taskCode();
        row.authorityCode = command.authorityCode();
        row.enterpriseCode = command.enterpriseCode();
        row.enterpriseName = command.enterpriseName();
        row.reason = command.reason();
        // the facts worded here, as the letter states them, with their message for a page in its reader's language
        ReferralFactsTexts.Worded facts = factsTexts.word(command.facts());
        row.facts = facts.zh().length() > 2000 ? facts.zh().substring(0, 2000) : facts.zh();
        String args = CaseStore.argsJson(facts.message());
        // facts too long for the columns keep only their text, as rows from before V4_271 do
        if (facts.message().key().length() <= 100 && args.length() <= 4000) {
            row.factsKey = facts.message().key();
            row.factsArgs = args;
        }
        List<OpenReferralCommand.Evidence> evidence = command.evidence() == null ? List.of() : command.evidence();
        row.evidenceIds = String.join(",", evidence.stream().map(e -> String.valueOf(e.attachmentId())).toList());
        row.status = "OPEN";
        row.openedAt = store.now();
        referrals.insert(row);
        if (!evidence.isEmpty()) {
            referrals.insertEvidence(evidenceRows(row.id, evidence));
        }
        // the referral letter's 文号, in this transaction (ADR 0021)
        documentNumbers.numberReferral(row.id, row.authorityCode, store.today().getYear());
        return referralView(row);
    }

    @Override
    public ReferralView decideReferral(Actor actor, long referralId, ReferralDecision decision, String comment) {
        if (!actor.has(Role.ENFORCER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role ENFORCER required", "ENFORCER");
        }
        ReferralRow row = visibleReferral(actor, referralId);
        if (decision == ReferralDecision.NO_ACTION && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED", "a decision not to act needs a reason",
                    DisposalTexts.word("disposal.decision.noAction"));
        }
        row.status = decision.name();
        row.decidedBy = actor.username();
        row.decidedAt = store.now();
        row.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (referrals.decide(row) != 1) {
            throw new ConflictException("ALREADY_DECIDED", "the referral was already decided");
        }
        return referralView(referrals.find(referralId));
    }

    @Override
    @Transactional(readOnly = true)
    public ReferralView getReferral(Actor actor, long referralId) {
        return referralView(visibleReferral(actor, referralId));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] referralLetterPdf(Actor actor, long referralId) {
        ReferralRow row = visibleReferral(actor, referralId);
        row.docNo = documentNumbers.referral(referralId);
        String address = store.cases.ofTask(row.taskCode).stream().map(c -> c.enterpriseAddress).filter(a -> a != null && !a.isBlank())
                .findFirst().orElse(null);
        return pdf.renderReferral(row, address, referrals.evidence(referralId));
    }

    /** The letter's attachments as the opener names them; a file without a name is listed as 证据材料. */
    private static List<ReferralEvidenceRow> evidenceRows(long referralId, List<OpenReferralCommand.Evidence> evidence) {
        List<ReferralEvidenceRow> rows = new java.util.ArrayList<>();
        for (OpenReferralCommand.Evidence e : evidence) {
            ReferralEvidenceRow r = new ReferralEvidenceRow();
            r.referralId = referralId;
            r.seq = rows.size() + 1;
            r.attachmentId = e.attachmentId();
            String title = e.title() == null ? "" : e.title().strip();
            r.title = title.isEmpty() ? NoticePdf.UNTITLED_EVIDENCE : title.length() > 255 ? title.substring(0, 255) : title;
            r.pages = e.pages() != null && e.pages() > 0 ? e.pages() : null;
            rows.add(r);
        }
        return rows;
    }

    @Override
    @Transactional(readOnly = true)
    public org.spotcheck.disposal.api.ReferralVerification verifyReferral(String docNo, String fingerprint) {
        if (docNo == null || docNo.isBlank() || fingerprint == null || !fingerprint.strip().matches("[0-9a-fA-F]{64}")) {
            return org.spotcheck.disposal.api.ReferralVerification.none();
        }
        Long id = documentNumbers.referralNumbered(docNo.strip());
        ReferralRow row = id == null ? null : referrals.find(id);
        if (row == null) {
            return org.spotcheck.disposal.api.ReferralVerification.none();
        }
        row.docNo = docNo.strip();
        if (!java.security.MessageDigest.isEqual(NoticePdf.fingerprint(row).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                fingerprint.strip().toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return org.spotcheck.disposal.api.ReferralVerification.none();
        }
        return new org.spotcheck.disposal.api.ReferralVerification(true, row.docNo, row.authorityCode, row.taskCode, row.reason, row.openedAt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralView> listReferrals(Actor actor) {
        if (!actor.isAuthority()) {
            return List.of();
        }
        return referrals.listForAuthority(actor.orgCode()).stream().map(this::referralView).toList();
    }

    private ReferralRow visibleReferral(Actor actor, long referralId) {
        ReferralRow row = referrals.find(referralId);
        if (row == null || !(actor.isSystem() || actor.isAuthority() && actor.belongsTo(row.authorityCode))) {
            // out of scope answers like a missing referral, but is audited as a refusal (issue 13.4)
            throw row == null ? new NotFoundException("referral", referralId) : new org.spotcheck.shared.OutOfScopeException("referral", referralId);
        }
        return row;
    }

    private ReferralView referralView(ReferralRow r) {
        List<Long> evidence = r.evidenceIds == null || r.evidenceIds.isBlank() ? List.of()
                : java.util.Arrays.stream(r.evidenceIds.split(",")).map(Long::valueOf).toList();
        return new ReferralView(r.id, r.taskCode, r.authorityCode, r.enterpriseCode, r.enterpriseName, r.reason, r.facts,
                evidence, r.status, r.openedAt, r.decidedBy, r.decidedAt, r.decisionComment, CaseStore.message(r.factsKey, r.factsArgs));
    }
}
