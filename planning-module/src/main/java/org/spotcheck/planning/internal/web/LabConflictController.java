package org.spotcheck.planning.internal.web;

import java.util.List;
import org.spotcheck.planning.api.DeclareLabConflictCommand;
import org.spotcheck.planning.api.LabConflictView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The register of labs' declared conflicts of interest (R21, 承检机构利害关系). */
@RestController
class LabConflictController {

    private final Registers registers;

    LabConflictController(Registers registers) {
        this.registers = registers;
    }

    @GetMapping("/api/registers/lab-conflicts")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','LAB_APPROVER','LAB_REVIEWER','LAB_TESTER')")
    List<LabConflictView> list(Actor actor) {
        return registers.labConflicts(actor);
    }

    /** The lab's authorised signatory declares for his lab; a planner may record a declaration too. */
    @PostMapping("/api/registers/lab-conflicts")
    @PreAuthorize("hasAnyRole('PLANNER','LAB_APPROVER')")
    LabConflictView declare(Actor actor, @RequestBody DeclareLabConflictCommand command) {
        return registers.declareLabConflict(actor, command);
    }
}
