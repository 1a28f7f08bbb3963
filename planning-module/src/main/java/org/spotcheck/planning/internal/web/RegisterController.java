package org.spotcheck.planning.internal.web;

import java.util.List;
import org.spotcheck.planning.api.AuthorityView;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.InspectorView;
import org.spotcheck.planning.api.LabView;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the registers (一单两库一细则). */
@RestController
@RequestMapping("/api/registers")
class RegisterController {

    private final PlanningApi planning;

    RegisterController(PlanningApi planning) {
        this.planning = planning;
    }

    @GetMapping("/authorities")
    @PreAuthorize("isAuthenticated()")
    List<AuthorityView> authorities() {
        return planning.authorities();
    }

    /** Authority staff see the enterprises of their region; an enterprise sees itself. */
    @GetMapping("/enterprises")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER','ENFORCER','ENTERPRISE')")
    List<EnterpriseView> enterprises(Actor actor) {
        return planning.enterprises(actor);
    }

    /** Inspectors of the caller's own authority. */
    @GetMapping("/inspectors")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
    List<InspectorView> inspectors(Actor actor) {
        return planning.inspectors(actor);
    }

    @GetMapping("/labs")
    @PreAuthorize("isAuthenticated()")
    List<LabView> labs() {
        return planning.labs();
    }

    @GetMapping("/products")
    @PreAuthorize("isAuthenticated()")
    List<ProductView> products() {
        return planning.products();
    }

    @GetMapping("/rules/{id}")
    @PreAuthorize("isAuthenticated()")
    RuleView rule(@PathVariable long id) {
        return planning.getRule(id);
    }
}
