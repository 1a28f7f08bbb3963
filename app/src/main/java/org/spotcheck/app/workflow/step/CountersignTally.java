package org.spotcheck.app.workflow.step;

import java.util.List;

/**
 * Where a plan's countersign (会签) stands, for the countersign step's page: who was asked, how many agreed and
 * disagreed so far, and how many agreements the quorum needs.
 */
public record CountersignTally(List<String> signers, int approvals, int rejections, int required) {
}
