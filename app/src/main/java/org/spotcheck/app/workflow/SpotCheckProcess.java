package org.spotcheck.app.workflow;

import org.spotcheck.app.workflow.variable.ProcessVariables;

/** Process and message names shared between the BPMN files and the Java code; the variables are {@link ProcessVariables}. */
public final class SpotCheckProcess {

    /** plan-approval.bpmn20.xml */
    public static final String PLAN_APPROVAL = "planApproval";
    /** spot-check.bpmn20.xml */
    public static final String SPOT_CHECK = "spotCheck";
    /** report-correction.bpmn20.xml */
    public static final String REPORT_CORRECTION = "reportCorrection";

    /** message of the boundary events that end the approval when the drafter withdraws the plan */
    public static final String PLAN_WITHDRAWN_MESSAGE = "planWithdrawn";

    // the variables, typed, are in ProcessVariables

    private SpotCheckProcess() {
    }
}
