package org.spotcheck.testing.api;

import org.spotcheck.shared.CaseNumber;

/**
 * Whether the result notice (检验结果通知书) of a spot-check case has been served on the sampled
 * enterprise. The testing module does not know about result handling: app answers this question
 * from the disposal module. The tested enterprise may read its issued test report only once the
 * notice that carries it has been served (Order 18 art. 44/45: the authority tells the enterprise
 * the result in writing, with the report); before that the report is outside its scope.
 */
public interface ResultServiceCheck {

    /**
     * @param caseNumber the case number (案件编号) of the lab sample; a re-inspection's sample carries
     *                   {@code <case number>-F<round>} ({@link CaseNumber#ofCase()} is its case)
     * @return true once the notice of that case has been served on the enterprise
     */
    boolean noticeServed(CaseNumber caseNumber);
}
