package org.spotcheck.planning.internal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.planning.api.Draws;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of plans: list, draft form, detail with submission, and the public list (一公开). */
@Controller
class PlanPageController {

    private static final List<String> ITEM_FIELDS = List.of("productCode", "regionCode", "labCode", "batches", "quarter", "budget",
            "reason", "shareLarge", "shareMedium", "shareSmall", "emergency", "seq");
    /** The edit page also has each item's own legal basis. */
    private static final List<String> EDIT_ITEM_FIELDS = java.util.stream.Stream.concat(ITEM_FIELDS.stream(),
            java.util.stream.Stream.of("legalBasis")).toList();

    private final Plans plans;
    private final Draws draws;
    private final Registers registers;
    private final PageForms forms;

    PlanPageController(Plans plans, Draws draws, Registers registers, PageForms forms) {
        this.plans = plans; this.draws = draws; this.registers = registers;
        this.forms = forms;
    }

    @GetMapping("/plans")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    String list(Actor actor, @RequestParam Map<String, String> params, Model model) {
        // issue 17.4: searched and paged on the server, in the caller's authority; the filters stay in the URL
        String yearText = params.get("year");
        Integer year = yearText != null && yearText.strip().matches("\\d{4}") ? Integer.valueOf(yearText.strip()) : null;
        org.spotcheck.shared.Paged<org.spotcheck.planning.api.PlanView> found = plans.searchPlans(actor,
                new org.spotcheck.planning.api.PlanQuery(params.get("code"), params.get("product"), params.get("region"),
                        params.get("status"), year, org.spotcheck.shared.Paged.page(params.get("page")),
                        org.spotcheck.shared.Paged.size(params.get("size"))));
        model.addAttribute("found", found);
        model.addAttribute("plans", found.items());
        model.addAttribute("statuses", org.spotcheck.planning.api.PlanStatus.values());
        model.addAttribute("sizes", org.spotcheck.shared.Paged.SIZES);
        model.addAttribute("filters", org.spotcheck.shared.Paged.query(params, "code", "product", "region", "status", "year", "size", "lang"));
        // the region filter offers the regions of the caller's authority's plans by name (issue 17: nobody types a
        // region code); a region chosen in a link stays offered
        List<String> regions = new java.util.ArrayList<>(plans.planRegions(actor));
        String chosen = params.get("region") == null ? null : params.get("region").strip();
        if (chosen != null && !chosen.isEmpty() && !regions.contains(chosen)) {
            regions.add(chosen);
        }
        model.addAttribute("regions", regions);
        return "planning/plans";
    }

    @GetMapping("/plans/new")
    @PreAuthorize("hasRole('PLANNER')")
    String form(Actor actor, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", "ANNUAL");
        values.put("planYear", String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1));
        values.put("regionCode", actor.regionCode());
        values.put("batches", "1");
        values.put("quarter", "1");
        values.put("budget", "5000");
        values.put("reason", "HEALTH_SAFETY_RISK");
        values.put("legalBasis", "《中华人民共和国产品质量法》第十五条；《产品质量监督抽查管理暂行办法》");
        return renderForm(actor, model, values, Map.of());
    }

    @PostMapping("/plans")
    @PreAuthorize("hasRole('PLANNER')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String draft(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> item = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.equals("_csrf") || v == null || v.isBlank()) {
                return;
            }
            if (ITEM_FIELDS.contains(k)) {
                item.put(k, v.strip());
            } else {
                body.put(k, v.strip());
            }
        });
        body.put("items", List.of(item));
        try {
            // a control character is refused beside its field, the form kept (not a bare error page)
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character");
            DraftPlanCommand command = convert(body);
            PlanView plan = plans.draftPlan(actor, command);
            redirect.addFlashAttribute("done", plan.code());
            return "redirect:/plans/" + plan.id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = forms.byField(e, field -> field.replaceFirst("^items\\[0]\\.", ""));
            model.addAttribute("formError", forms.of(e));
            return renderForm(actor, model, org.spotcheck.shared.ControlCharacters.stripped(params), errors);
        }
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    String detail(Actor actor, @PathVariable long id, Model model) {
        PlanView plan = plans.getPlan(actor, id);
        model.addAttribute("plan", plan);
        if (plan.amendsId() != null) {
            model.addAttribute("planDiff", plans.diffPlan(actor, id));
        }
        return "planning/plan";
    }

    /** What an amendment changes against the version it amends. */
    @GetMapping("/plans/{id}/diff")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    String diff(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("plan", plans.getPlan(actor, id));
        model.addAttribute("planDiff", plans.diffPlan(actor, id));
        return "planning/plan-diff";
    }

    /** All items of a draft, a returned plan or an amendment in one form, plus an empty line to add one. */
    @GetMapping("/plans/{id}/edit")
    @PreAuthorize("hasRole('PLANNER')")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        PlanView plan = plans.getPlan(actor, id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", plan.title());
        values.put("planYear", String.valueOf(plan.planYear()));
        values.put("legalBasis", plan.legalBasis());
        int i = 0;
        for (PlanView.Item item : plan.items()) {
            String p = "items[" + i++ + "].";
            values.put(p + "seq", item.originItemId() != null ? String.valueOf(item.seq()) : "");
            values.put(p + "productCode", item.productCode());
            values.put(p + "regionCode", item.regionCode());
            values.put(p + "labCode", item.labCode());
            values.put(p + "batches", String.valueOf(item.batches()));
            values.put(p + "quarter", String.valueOf(item.quarter()));
            values.put(p + "budget", item.budget().toPlainString());
            values.put(p + "reason", item.reason().name());
            values.put(p + "shareLarge", item.shareLarge() == null ? "" : String.valueOf(item.shareLarge()));
            values.put(p + "shareMedium", item.shareMedium() == null ? "" : String.valueOf(item.shareMedium()));
            values.put(p + "shareSmall", item.shareSmall() == null ? "" : String.valueOf(item.shareSmall()));
            values.put(p + "emergency", String.valueOf(item.emergency()));
            values.put(p + "legalBasis", item.legalBasis() == null ? "" : item.legalBasis());
            values.put(p + "issued", String.valueOf(item.originItemId() != null));
        }
        return renderEdit(actor, model, plan, values, i + 1, Map.of());
    }

    @PostMapping("/plans/{id}/edit")
    @PreAuthorize("hasRole('PLANNER')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String edit(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        PlanView plan = plans.getPlan(actor, id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", params.getOrDefault("title", "").strip());
        body.put("kind", plan.kind().name());
        body.put("planYear", params.getOrDefault("planYear", "").strip());
        body.put("legalBasis", params.getOrDefault("legalBasis", "").strip());
        java.util.TreeMap<Integer, Map<String, Object>> rows = new java.util.TreeMap<>();
        java.util.regex.Pattern itemField = java.util.regex.Pattern.compile("items\\[(\\d{1,3})]\\.(\\w+)");
        params.forEach((k, v) -> {
            java.util.regex.Matcher m = itemField.matcher(k);
            if (m.matches() && EDIT_ITEM_FIELDS.contains(m.group(2)) && v != null && !v.isBlank()) {
                rows.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new LinkedHashMap<>()).put(m.group(2), v.strip());
            }
        });
        // a line without a product is an unused empty line
        List<Map<String, Object>> items = rows.values().stream().filter(r -> r.containsKey("productCode")).toList();
        body.put("items", items);
        try {
            org.spotcheck.shared.ControlCharacters.refuseValues(params, "control character");
            plans.updatePlan(actor, id, convert(body));
            redirect.addFlashAttribute("done", plan.code());
            return "redirect:/plans/" + id;
        } catch (InvalidInputException e) {
            Map<String, String> errors = forms.byField(e);
            model.addAttribute("formError", forms.of(e));
            int lines = rows.isEmpty() ? 1 : rows.lastKey() + 2;
            return renderEdit(actor, model, plan, org.spotcheck.shared.ControlCharacters.stripped(params),
                    Math.max(lines, plan.items().size() + 1), errors);
        }
    }

    private String renderEdit(Actor actor, Model model, PlanView plan, Map<String, String> values, int lines, Map<String, String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("lines", java.util.stream.IntStream.range(0, lines).boxed().toList());
        model.addAttribute("regions", forms.regions(actor, values.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".regionCode")).map(Map.Entry::getValue).toList()));
        model.addAttribute("products", registers.products());
        model.addAttribute("labs", registers.labs());
        return "planning/plan-edit";
    }

    @PostMapping("/plans/{id}/withdraw")
    @PreAuthorize("hasRole('PLANNER')")
    String withdraw(Actor actor, @PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        PlanView plan = plans.withdrawPlan(actor, id, comment);
        redirect.addFlashAttribute("withdrawn", plan.code());
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/amend")
    @PreAuthorize("hasRole('PLANNER')")
    String amend(Actor actor, @PathVariable long id, @RequestParam(required = false) String comment) {
        PlanView amendment = plans.amendPlan(actor, id, comment);
        return "redirect:/plans/" + amendment.id() + "/edit";
    }

    @PostMapping("/plans/{id}/submit")
    @PreAuthorize("hasRole('PLANNER')")
    String submit(Actor actor, @PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        PlanView plan = plans.submitPlan(actor, id, comment);
        redirect.addFlashAttribute("submitted", plan.code());
        return "redirect:/plans/" + id;
    }

    /** 一公开: approved plans and the enterprises drawn, without inspectors' personal data. */
    @GetMapping("/public/plans")
    @PreAuthorize("permitAll()")
    String publicPlans(Model model) {
        model.addAttribute("plans", draws.publicPlans());
        return "planning/public-plans";
    }

    private DraftPlanCommand convert(Map<String, Object> body) {
        return forms.command(body, DraftPlanCommand.class, "title");
    }

    private String renderForm(Actor actor, Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("regions", forms.regions(actor, java.util.List.of(values.getOrDefault("regionCode", ""))));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("products", registers.products());
        model.addAttribute("labs", registers.labs());
        return "planning/plan-form";
    }
}
