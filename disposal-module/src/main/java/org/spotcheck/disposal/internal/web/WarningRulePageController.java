package org.spotcheck.disposal.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.disposal.api.QualityWarnings;
import org.spotcheck.disposal.api.WarningRuleCommand;
import org.spotcheck.disposal.api.WarningRuleView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality-warning rules page (质量预警规则, domain.md §5.3): the authority's rules with their state,
 * a form to create or edit one (errors beside the field; an edit carries the version it read), and
 * deactivation / reactivation.
 */
@Controller
class WarningRulePageController {

    static final List<String> KINDS = List.of("PASS_RATE_BELOW", "RATE_DROP", "SAFETY_ITEM_FAILURE", "REPEAT_FAILURE");
    private static final String[] FIELDS = {"name", "kind", "productCode", "industry", "regionCode", "thresholdPct",
        "minBatches", "windowDays", "dropPoints", "version"};

    private final QualityWarnings qualityWarnings;
    private final JsonMapper json;
    private final PageProblems problems;

    WarningRulePageController(QualityWarnings qualityWarnings, JsonMapper json, PageProblems problems) {
        this.qualityWarnings = qualityWarnings;
        this.json = json;
        this.problems = problems;
    }

    /** The rules and a blank form for a new one. */
    @GetMapping("/disposal/warning-rules")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    String rules(Actor actor, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("minBatches", "1");
        values.put("windowDays", "365");
        return render(actor, model, null, values, Map.of());
    }

    /** The rules and the edit form of one of them. */
    @GetMapping("/disposal/warning-rules/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    String edit(Actor actor, @PathVariable long id, Model model) {
        WarningRuleView rule = qualityWarnings.getWarningRule(actor, id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", rule.name());
        values.put("kind", rule.kind());
        values.put("productCode", rule.productCode());
        values.put("industry", rule.industry());
        values.put("regionCode", rule.regionCode());
        values.put("thresholdPct", rule.thresholdPct() == null ? null : rule.thresholdPct().toPlainString());
        values.put("minBatches", String.valueOf(rule.minBatches()));
        values.put("windowDays", String.valueOf(rule.windowDays()));
        values.put("dropPoints", rule.dropPoints() == null ? null : rule.dropPoints().toPlainString());
        values.put("version", String.valueOf(rule.version()));
        return render(actor, model, rule, values, Map.of());
    }

    @PostMapping("/disposal/warning-rules")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String create(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character"); // beside the field, the form kept
            WarningRuleView rule = qualityWarnings.createWarningRule(actor, command(params));
            redirect.addFlashAttribute("done", rule.name());
            return "redirect:/disposal/warning-rules";
        } catch (InvalidInputException e) {
            return render(actor, model, null, org.spotcheck.shared.ControlCharacters.stripped(params), errors(e));
        }
    }

    @PostMapping("/disposal/warning-rules/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String update(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        WarningRuleView rule = qualityWarnings.getWarningRule(actor, id);
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character"); // beside the field, the form kept
            WarningRuleView saved = qualityWarnings.updateWarningRule(actor, id, command(params));
            redirect.addFlashAttribute("done", saved.name());
            return "redirect:/disposal/warning-rules";
        } catch (InvalidInputException e) {
            return render(actor, model, rule, org.spotcheck.shared.ControlCharacters.stripped(params), errors(e));
        } catch (SpotcheckException e) {
            // someone else changed it: show the error with the values typed, and the current version to retry
            model.addAttribute("formError", problems.of(e));
            Map<String, String> values = new LinkedHashMap<>(params);
            values.put("version", String.valueOf(rule.version()));
            return render(actor, model, rule, values, Map.of());
        }
    }

    @PostMapping("/disposal/warning-rules/{id}/deactivate")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    String deactivate(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return toggle(() -> qualityWarnings.deactivateWarningRule(actor, id), redirect);
    }

    @PostMapping("/disposal/warning-rules/{id}/reactivate")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    String reactivate(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return toggle(() -> qualityWarnings.reactivateWarningRule(actor, id), redirect);
    }

    private String toggle(java.util.function.Supplier<WarningRuleView> action, RedirectAttributes redirect) {
        try {
            WarningRuleView rule = action.get();
            redirect.addFlashAttribute("done", rule.name());
        } catch (SpotcheckException e) {
            if (e instanceof org.spotcheck.shared.NotFoundException || e instanceof org.spotcheck.shared.AccessRefusedException) {
                throw e;
            }
            redirect.addFlashAttribute("formError", problems.of(e));
        }
        return "redirect:/disposal/warning-rules";
    }

    private WarningRuleCommand command(Map<String, String> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String v = params.get(field);
            if (v != null && !v.isBlank()) {
                body.put(field, v.strip());
            }
        }
        try {
            return json.convertValue(body, WarningRuleCommand.class);
        } catch (RuntimeException e) {
            String field = "name";
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof tools.jackson.core.JacksonException je && !je.getPath().isEmpty()) {
                    field = je.getPath().get(je.getPath().size() - 1).getPropertyName();
                    break;
                }
            }
            throw InvalidInputException.of(field, "MALFORMED_VALUE", "enter a number");
        }
    }

    private Map<String, String> errors(InvalidInputException e) {
        return problems.byField(e);
    }

    private String render(Actor actor, Model model, WarningRuleView editing, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("rules", qualityWarnings.listWarningRules(actor));
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            model.addAttribute("formError", errors.values().iterator().next());
        }
        return "disposal/warning-rules";
    }
}
