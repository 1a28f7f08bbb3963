package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ProcessVariables;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.planning.api.AuthorityView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.RegionCode;
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
        String authority = ProcessVariables.AUTHORITY_CODE.in(execution);
        String region = registers.authorities().stream().filter(a -> a.code().equals(authority)).map(AuthorityView::regionCode)
                .findFirst().orElseThrow();
        String province = registers.authorities().stream()
                .filter(a -> "PROVINCIAL".equals(a.level()) && RegionCode.contains(a.regionCode(), region))
                .map(AuthorityView::code).findFirst().orElse(authority);
        reinspections.escalate(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution), province);
        ProcessVariables.PROVINCE_AUTHORITY_CODE.set(execution, province);
    }
}
