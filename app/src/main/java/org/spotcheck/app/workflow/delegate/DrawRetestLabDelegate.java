package org.spotcheck.app.workflow.delegate;

import org.spotcheck.app.workflow.text.StoredTexts;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.Draws;
import org.springframework.stereotype.Component;

/**
 * Draws the re-test lab at random among the labs qualified for the product, excluding the lab of
 * the first test (R9); the draw is stored and verifiable like the plan draws.
 */
@Component("drawRetestLabDelegate")
public class DrawRetestLabDelegate implements JavaDelegate {

    private final Draws draws;
    private final StoredTexts texts;

    public DrawRetestLabDelegate(Draws draws, StoredTexts texts) {
        this.draws = draws;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DrawView draw = draws.drawRetestLab(CurrentActor.get(), ProcessVariables.PRODUCT_CODE.in(execution),
                ProcessVariables.ORIGINAL_LAB_CODE.in(execution),
                texts.zh("stored.retestDrawReason", ProcessVariables.CASE_CODE.in(execution)));
        ProcessVariables.LAB_CODE.set(execution, draw.result().get(0));
        ProcessVariables.RETEST_DRAW_ID.set(execution, draw.id());
    }
}
