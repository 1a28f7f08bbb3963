package org.spotcheck.disposal.internal.application;

import org.spotcheck.disposal.internal.persistence.DocumentNumberMapper;
import org.spotcheck.shared.DocumentNumbers;
import org.springframework.stereotype.Component;

/**
 * The 文号 of the disposal documents (ADR 0021): the result notice, the rectification order and the referral letter.
 * Each is allocated from its authority's sequence in the caller's transaction and stored once on its document
 * (V4_100); the PDFs and the public check read it back.
 */
@Component
class CaseDocumentNumbers {

    private final DocumentNumbers numbers;
    private final DocumentNumberMapper stored;

    CaseDocumentNumbers(DocumentNumbers numbers, DocumentNumberMapper stored) {
        this.numbers = numbers;
        this.stored = stored;
    }

    /** Numbers the case's 检验结果通知书 (Order 18 art. 31). */
    void numberNotice(long caseId, String authorityCode, int year) {
        stored.setNotice(caseId, numbers.allocate(authorityCode, DocumentNumbers.Kind.RESULT_NOTICE, year));
    }

    /** Numbers the case's 责令整改通知书 (Order 18 art. 46). */
    void numberRectification(long caseId, String authorityCode, int year) {
        stored.setRectification(caseId, numbers.allocate(authorityCode, DocumentNumbers.Kind.RECTIFICATION_ORDER, year));
    }

    /** Numbers the 移送函. */
    void numberReferral(long referralId, String authorityCode, int year) {
        stored.setReferral(referralId, numbers.allocate(authorityCode, DocumentNumbers.Kind.REFERRAL, year));
    }

    String notice(long caseId) {
        return stored.notice(caseId);
    }

    String rectification(long caseId) {
        return stored.rectification(caseId);
    }

    String referral(long referralId) {
        return stored.referral(referralId);
    }

    /** The referral whose letter bears this 文号, or null. */
    Long referralNumbered(String docNo) {
        return stored.referralNumbered(docNo);
    }
}
