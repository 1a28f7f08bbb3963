package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A failed first re-inspection goes up to the provincial authority (逐级上报至省级, R15; Order 18
 * art. 47): the provincial authority whose region contains the organising authority's.
 */
@Component("escalateToProvinceDelegate")
public class EscalateToProvinceDelegate implements JavaDelegate {

    private final Registers registers;
    private final Reinspections reinspections;

    public EscalateToProvinceDelegate(Registers registers, Reinspections reinspections) {
        this.registers = registers;
        this.reinspections = reinspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String province = registers.provincialAuthorityOf(ProcessVariables.AUTHORITY_CODE.in(execution));
        reinspections.escalate(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution), province);
        ProcessVariables.PROVINCE_AUTHORITY_CODE.set(execution, province);
    }
}
