package org.spotcheck.planning.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.spotcheck.planning.api.AuthorityView;
import org.spotcheck.planning.api.DeclareLabConflictCommand;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.ImportResult;
import org.spotcheck.planning.api.InspectorView;
import org.spotcheck.planning.api.LabConflictView;
import org.spotcheck.planning.api.LabView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.RuleDraftCommand;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registers (一单两库一细则): read, add one entry, import a CSV/XLSX file (all or nothing), the labs'
 * declared conflicts of interest, and the versions of implementation rules.
 */
@RestController
@RequestMapping("/api/registers")
class RegisterController {

    private final Registers registers;
    private final ImplementationRules rules;

    RegisterController(Registers registers, ImplementationRules rules) {
        this.registers = registers; this.rules = rules;
    }

    @GetMapping("/authorities")
    @PreAuthorize("isAuthenticated()")
    List<AuthorityView> authorities() {
        return registers.authorities();
    }

    /** Authority staff see the enterprises of their region; an enterprise sees itself. */
    @GetMapping("/enterprises")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER','ENFORCER','ENTERPRISE')")
    List<EnterpriseView> enterprises(Actor actor) {
        return registers.enterprises(actor);
    }

    /** Inspectors of the caller's own authority. */
    @GetMapping("/inspectors")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
    List<InspectorView> inspectors(Actor actor) {
        return registers.inspectors(actor);
    }

    @GetMapping("/labs")
    @PreAuthorize("isAuthenticated()")
    List<LabView> labs() {
        return registers.labs();
    }

    /** The labs' declared conflicts of interest (R21, 承检机构利害关系). */
    @GetMapping("/lab-conflicts")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','LAB_APPROVER','LAB_REVIEWER','LAB_TESTER')")
    List<LabConflictView> labConflicts(Actor actor) {
        return registers.labConflicts(actor);
    }

    /** The lab's authorised signatory declares for his lab; a planner may record a declaration too. */
    @PostMapping("/lab-conflicts")
    @PreAuthorize("hasAnyRole('PLANNER','LAB_APPROVER')")
    LabConflictView declareLabConflict(Actor actor, @RequestBody DeclareLabConflictCommand command) {
        return registers.declareLabConflict(actor, command);
    }

    @GetMapping("/products")
    @PreAuthorize("isAuthenticated()")
    List<ProductView> products() {
        return registers.products();
    }

    /**
     * Adds one entry to {@code enterprises}, {@code inspectors}, {@code labs} or {@code products},
     * with the import's columns as keys (for example {"name": …, "credit_code": …}).
     */
    @PostMapping(path = "/{register}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    ImportResult create(Actor actor, @PathVariable String register, @RequestBody Map<String, String> values) {
        return registers.createRegisterEntry(actor, kind(register), values);
    }

    /**
     * Imports a CSV (UTF-8, header row) or XLSX file (first sheet, header row) into a register. A
     * file with any bad row is refused whole: 400 with {@code errors[{field: "row 3 / credit_code", rule, message}]}.
     */
    @PostMapping("/{register}/import")
    @PreAuthorize("hasRole('PLANNER')")
    ImportResult importFile(Actor actor, @PathVariable String register, @RequestParam(name = "file", required = false) MultipartFile file) {
        return registers.importRegister(actor, kind(register), upload(file));
    }

    // ---------------------------------------------------------------- implementation rules

    @GetMapping("/rules")
    @PreAuthorize("isAuthenticated()")
    List<RuleView> rules() {
        return rules.rules();
    }

    @GetMapping("/rules/{id}")
    @PreAuthorize("isAuthenticated()")
    RuleView rule(@PathVariable long id) {
        return rules.getRule(id);
    }

    /** A new draft version of a product's rule, optionally with its items. */
    @PostMapping(path = "/rules", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    RuleView draftRule(Actor actor, @RequestBody RuleDraftCommand command) {
        return rules.draftRule(actor, command);
    }

    /** Replaces the items of a draft from a CSV/XLSX file; 409 for a published version. */
    @PostMapping("/rules/{id}/items/import")
    @PreAuthorize("hasRole('PLANNER')")
    RuleView importItems(Actor actor, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file) {
        return rules.importRuleItems(actor, id, upload(file));
    }

    /** A new draft copied from this version: the way to change a published rule. */
    @PostMapping("/rules/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    RuleView newVersion(Actor actor, @PathVariable long id, @RequestBody VersionRequest request) {
        return rules.newRuleVersion(actor, id, request == null ? null : request.version());
    }

    /** Publishes a draft; the product's active version becomes superseded. */
    @PostMapping("/rules/{id}/publish")
    @PreAuthorize("hasRole('PLANNER')")
    RuleView publish(Actor actor, @PathVariable long id) {
        return rules.publishRule(actor, id);
    }

    /** The label of a new rule version. */
    record VersionRequest(String version) {
    }

    static RegisterKind kind(String register) {
        RegisterKind kind = RegisterKind.ofPath(register);
        if (kind == null) {
            throw new NotFoundException("register", register);
        }
        return kind;
    }

    static UploadedFile upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "EMPTY_FILE", "choose a file");
        }
        try {
            return new UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw InvalidInputException.of("file", "UNREADABLE_FILE", "the upload cannot be read");
        }
    }
}
