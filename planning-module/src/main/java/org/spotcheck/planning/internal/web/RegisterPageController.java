package org.spotcheck.planning.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.planning.api.ImportResult;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.RuleDraftCommand;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the registers: a list, an import form (CSV/XLSX, all or nothing, errors listed per
 * row and column beside the upload) and a form for one entry; implementation rules with their
 * versions.
 */
@Controller
@PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
class RegisterPageController {

    private final Registers registers;
    private final ImplementationRules rules;
    private final PageForms forms;

    RegisterPageController(Registers registers, ImplementationRules rules, PageForms forms) {
        this.registers = registers; this.rules = rules;
        this.forms = forms;
    }

    @GetMapping("/registers")
    String index() {
        return "redirect:/registers/enterprises";
    }

    @GetMapping("/registers/{register}")
    String list(Actor actor, @PathVariable String register, @RequestParam Map<String, String> params, Model model) {
        model.addAttribute("searchParams", params);
        return render(actor, RegisterController.kind(register), model, Map.of(), Map.of(), List.of());
    }

    @PostMapping("/registers/{register}")
    @PreAuthorize("hasRole('PLANNER')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String create(Actor actor, @PathVariable String register, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        RegisterKind kind = RegisterController.kind(register);
        Map<String, String> values = new LinkedHashMap<>();
        kind.columns().forEach(c -> values.put(c, params.getOrDefault(c, "")));
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character"); // beside the field
            ImportResult result = registers.createRegisterEntry(actor, kind, values);
            redirect.addFlashAttribute("created", String.join(", ", result.codes()));
            return "redirect:/registers/" + kind.path();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.putAll(forms.byField(e));
            model.addAttribute("formError", true);
            return render(actor, kind, model, org.spotcheck.shared.ControlCharacters.stripped(values), errors, List.of());
        }
    }

    @PostMapping("/registers/{register}/import")
    @PreAuthorize("hasRole('PLANNER')")
    String importFile(Actor actor, @PathVariable String register, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) {
        RegisterKind kind = RegisterController.kind(register);
        try {
            ImportResult result = registers.importRegister(actor, kind, RegisterController.upload(file));
            redirect.addFlashAttribute("imported", result.imported());
            return "redirect:/registers/" + kind.path();
        } catch (InvalidInputException e) {
            return render(actor, kind, model, Map.of(), Map.of(), e.violations());
        }
    }

    private String render(Actor actor, RegisterKind kind, Model model, Map<String, String> values, Map<String, String> errors,
            List<FieldViolation> importErrors) {
        model.addAttribute("register", kind.path());
        model.addAttribute("columns", kind.columns());
        // searched and paged in the database (issue 17.4); the filters stay in the URL
        @SuppressWarnings("unchecked")
        Map<String, String> params = model.getAttribute("searchParams") instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
        org.spotcheck.shared.Paged<Map<String, String>> found = registers.searchRegister(actor, kind, new org.spotcheck.planning.api.RegisterQuery(
                params.get("name"), params.get("region"), params.get("product"), org.spotcheck.shared.Paged.page(params.get("page")),
                org.spotcheck.shared.Paged.size(params.get("size"))));
        model.addAttribute("found", found);
        model.addAttribute("rows", found.items());
        model.addAttribute("cells", RegisterCells.of(registers)); // names for the codes in the rows (issue 17.1)
        model.addAttribute("filters", org.spotcheck.shared.Paged.query(params, "name", "region", "product", "size", "lang"));
        model.addAttribute("canWrite", actor.has(Role.PLANNER));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("importErrors", importErrors);
        // the new row's region is chosen by name, its value the code (issue 17: a 地区代码 to type)
        if (actor.has(Role.PLANNER) && kind.columns().contains("region_code")) {
            model.addAttribute("regions", forms.regions(actor, java.util.Collections.singletonList(values.get("region_code"))));
        }
        return "planning/register";
    }

    // ---------------------------------------------------------------- implementation rules

    @GetMapping("/registers/rules")
    String rules(Actor actor, Model model) {
        return renderRules(actor, model, Map.of("testPortion", "", "backupPortion", ""), Map.of());
    }

    @PostMapping("/registers/rules")
    @PreAuthorize("hasRole('PLANNER')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String draftRule(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("productCode", "version", "title", "testPortion", "backupPortion", "unit", "samplingBase", "judgmentText")) {
            String v = params.get(field);
            if (v != null && !v.isBlank()) {
                body.put(field, v.strip());
            }
        }
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character"); // beside the field
            RuleDraftCommand command = convert(body);
            RuleView rule = rules.draftRule(actor, command);
            return "redirect:/registers/rules/" + rule.id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.putAll(forms.byField(e));
            model.addAttribute("formError", true);
            return renderRules(actor, model, org.spotcheck.shared.ControlCharacters.stripped(params), errors);
        }
    }

    private RuleDraftCommand convert(Map<String, Object> body) {
        return forms.command(body, RuleDraftCommand.class, "testPortion");
    }

    private String renderRules(Actor actor, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("rules", rules.rules());
        model.addAttribute("products", registers.products());
        model.addAttribute("canWrite", actor.has(Role.PLANNER));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "planning/rules";
    }

    @GetMapping("/registers/rules/{id}")
    String rule(Actor actor, @PathVariable long id, Model model) {
        return renderRule(actor, id, model, List.of(), Map.of());
    }

    @PostMapping("/registers/rules/{id}/items")
    @PreAuthorize("hasRole('PLANNER')")
    String importItems(Actor actor, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) {
        try {
            RuleView rule = rules.importRuleItems(actor, id, RegisterController.upload(file));
            redirect.addFlashAttribute("imported", rule.items().size());
            return "redirect:/registers/rules/" + id;
        } catch (InvalidInputException e) {
            return renderRule(actor, id, model, e.violations(), Map.of());
        }
    }

    @PostMapping("/registers/rules/{id}/publish")
    @PreAuthorize("hasRole('PLANNER')")
    String publish(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        RuleView rule = rules.publishRule(actor, id);
        redirect.addFlashAttribute("published", rule.version());
        return "redirect:/registers/rules/" + id;
    }

    @PostMapping("/registers/rules/{id}/versions")
    @PreAuthorize("hasRole('PLANNER')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String newVersion(Actor actor, @PathVariable long id, @RequestParam(required = false) String version, Model model) {
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(java.util.Collections.singletonMap("version", version), "control character"); // beside the field
            RuleView rule = rules.newRuleVersion(actor, id, version);
            return "redirect:/registers/rules/" + rule.id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.putAll(forms.byField(e));
            return renderRule(actor, id, model, List.of(), errors);
        }
    }

    private String renderRule(Actor actor, long id, Model model, List<FieldViolation> importErrors, Map<String, String> errors) {
        model.addAttribute("rule", rules.getRule(id));
        model.addAttribute("canWrite", actor.has(Role.PLANNER));
        model.addAttribute("importErrors", importErrors);
        model.addAttribute("errors", errors);
        model.addAttribute("itemColumns", List.of("code", "name_zh", "name_en", "standard_clause", "method", "limit_type",
                "limit_value", "limit_min", "limit_max", "limit_text", "unit", "decimals", "item_class", "display_en", "unit_en", "method_en"));
        return "planning/rule";
    }
}
