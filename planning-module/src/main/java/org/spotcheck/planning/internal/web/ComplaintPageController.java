package org.spotcheck.planning.internal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spotcheck.planning.api.ComplaintCommand;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Complaints;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.planning.api.SpecialPlanCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Complaints (投诉举报) and the special plans started from them. */
@Controller
@PreAuthorize("hasRole('PLANNER')")
class ComplaintPageController {

    private final Complaints complaints;
    private final Registers registers;
    private final PageForms forms;

    ComplaintPageController(Complaints complaints, Registers registers, PageForms forms) {
        this.complaints = complaints; this.registers = registers;
        this.forms = forms;
    }

    @GetMapping("/complaints")
    String list(Actor actor, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        return render(actor, model, values, Map.of());
    }

    @PostMapping("/complaints")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String record(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character"); // beside the field
            complaints.recordComplaint(actor, convert(params, ComplaintCommand.class,
                    "receivedOn", "complainant", "description", "productCode", "enterpriseCode", "regionCode"));
            redirect.addFlashAttribute("recorded", true);
            return "redirect:/complaints";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.putAll(forms.byField(e));
            model.addAttribute("formError", true);
            return render(actor, model, org.spotcheck.shared.ControlCharacters.stripped(params), errors);
        }
    }

    @PostMapping("/complaints/{id}/special-plan")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String startSpecialPlan(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character"); // beside the field
            PlanView plan = complaints.startSpecialPlan(actor, id, convert(params, SpecialPlanCommand.class,
                    "labCode", "batches", "quarter", "budget", "planYear"));
            redirect.addFlashAttribute("done", plan.code());
            return "redirect:/plans/" + plan.id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.putAll(forms.byField(e, field -> id + "." + field));
            model.addAttribute("formError", true);
            return render(actor, model, Map.of(), errors);
        }
    }

    private <T> T convert(Map<String, String> params, Class<T> type, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            String v = params.get(field);
            if (v != null && !v.isBlank()) {
                body.put(field, v.strip());
            }
        }
        return forms.command(body, type, fields[0]);
    }

    private String render(Actor actor, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("complaints", complaints.complaints(actor));
        model.addAttribute("products", registers.products());
        // enterprises and regions by name, as far as the caller's scope reaches (issue 17: nobody types a code)
        java.util.List<org.spotcheck.planning.api.EnterpriseView> enterprises = registers.enterprises(actor);
        model.addAttribute("enterprises", enterprises);
        // a refused choice stays shown beside its error
        java.util.SortedSet<String> regions = forms.regions(actor, enterprises, java.util.Collections.singletonList(values.get("regionCode")));
        model.addAttribute("regions", regions);
        model.addAttribute("labs", registers.labs());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("nextYear", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        return "planning/complaints";
    }
}
