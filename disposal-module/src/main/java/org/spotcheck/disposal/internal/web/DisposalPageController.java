package org.spotcheck.disposal.internal.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spotcheck.disposal.api.CaseQuery;
import org.spotcheck.disposal.api.CaseSearch;
import org.spotcheck.disposal.api.PublicationReleaseCommand;
import org.spotcheck.disposal.api.PublicationView;
import org.spotcheck.disposal.api.Publications;
import org.spotcheck.disposal.api.QualityWarnings;
import org.spotcheck.disposal.api.Statistics;
import org.spotcheck.disposal.api.StatisticsQuery;
import org.spotcheck.disposal.api.StatisticsView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Paged;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages of result handling: the caller's cases, the publication review, and the public results (一公开). */
@Controller
class DisposalPageController {

    private final Publications publications;
    private final Statistics statistics;
    private final QualityWarnings qualityWarnings;
    private final JsonMapper json;
    private final CaseSearch caseSearch;
    private final PageProblems problems;

    DisposalPageController(Publications publications, Statistics statistics, QualityWarnings qualityWarnings, JsonMapper json,
            CaseSearch caseSearch, PageProblems problems) {
        this.caseSearch = caseSearch;
        this.problems = problems;
        this.publications = publications;
        this.statistics = statistics;
        this.qualityWarnings = qualityWarnings;
        this.json = json;
    }

    /** Dashboard: rates by the chosen dimension with a chart (data attributes + external script: CSP). */
    @GetMapping("/disposal/statistics")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
    String statistics(Actor actor, @RequestParam Map<String, String> params, Model model) {
        java.time.LocalDate from = date(params.get("from"));
        java.time.LocalDate to = date(params.get("to"));
        if (from == null && to == null) {
            // the page opens with the current year's figures (Beijing calendar year, up to today)
            to = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            from = to.withDayOfYear(1);
        }
        StatisticsQuery query = new StatisticsQuery(from, to,
                params.getOrDefault("dimension", "PRODUCT"), params.get("regionLevel"), params.get("period"),
                params.get("productCode"));
        StatisticsView view = statistics.statistics(actor, query);
        model.addAttribute("stats", view);
        model.addAttribute("query", query);
        java.util.List<StatisticsView.Row> tableRows = new java.util.ArrayList<>(view.rows());
        tableRows.add(view.total());
        model.addAttribute("tableRows", tableRows);
        model.addAttribute("warnings", qualityWarnings.listWarnings(actor));
        model.addAttribute("warningRules", qualityWarnings.listWarningRules(actor));
        model.addAttribute("chartLabels", json.writeValueAsString(view.rows().stream().map(StatisticsView.Row::label).toList()));
        model.addAttribute("chartInitial", json.writeValueAsString(view.rows().stream().map(StatisticsView.Row::initialNonconformityRate).toList()));
        model.addAttribute("chartFinal", json.writeValueAsString(view.rows().stream().map(StatisticsView.Row::finalNonconformityRate).toList()));
        model.addAttribute("chartBatches", json.writeValueAsString(view.rows().stream().map(StatisticsView.Row::batches).toList()));
        return "disposal/statistics";
    }

    private static java.time.LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("from", "MALFORMED_DATE", "dates are yyyy-MM-dd");
        }
    }

    /** A day typed into a public search box; anything else is no criterion (the public page never fails on it). */
    private static java.time.LocalDate dayOrNone(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/disposal/cases")
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','PLANNER','ENTERPRISE')")
    String cases(Actor actor, @RequestParam Map<String, String> params, Model model) {
        // searched and paged in the database (issue 17.4); the filters stay in the URL, the pager keeps them
        CaseQuery query = new CaseQuery(params.get("number"), params.get("enterprise"), params.get("product"), params.get("region"),
                params.get("status"), date(params.get("from")), date(params.get("to")), Paged.page(params.get("page")),
                Paged.size(params.get("size")));
        Paged<org.spotcheck.disposal.api.CaseView> found = caseSearch.searchCases(actor, query);
        model.addAttribute("found", found);
        model.addAttribute("cases", found.items());
        model.addAttribute("statuses", caseSearch.statuses());
        model.addAttribute("filters", Paged.query(params, "number", "enterprise", "product", "region", "status", "from", "to", "size"));
        return "disposal/cases";
    }

    @GetMapping("/disposal/publications")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    String publications(Actor actor, Model model) {
        model.addAttribute("publications", publications.listPublications(actor));
        model.addAttribute("redactable", PublicationView.REDACTABLE_FIELDS);
        model.addAttribute("publicFields", PublicationView.PUBLIC_FIELDS);
        model.addAttribute("errors", Map.of());
        return "disposal/publications";
    }

    /**
     * The redaction review of one publication, from the page: checkboxes {@code withheld} name the
     * fields withheld, {@code reasons.<field>} give each reason; errors are shown beside the field.
     */
    @PostMapping("/disposal/publications/{id}/release")
    @PreAuthorize("hasRole('OFFICER')")
    String release(Actor actor, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Set<String> withheld = new LinkedHashSet<>(params.getOrDefault("withheld", List.of()));
        Map<String, String> reasons = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith("reasons.") && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                reasons.put(name.substring("reasons.".length()), values.get(0));
            }
        });
        PublicationReleaseCommand command = new PublicationReleaseCommand(withheld, reasons,
                "true".equals(params.getFirst("redactionChecked")));
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            publications.releasePublication(actor, id, command);
            redirect.addFlashAttribute("done", id);
            return "redirect:/disposal/publications";
        } catch (InvalidInputException e) {
            errors.putAll(problems.byField(e));
            model.addAttribute("formError", problems.of(e));
        } catch (SpotcheckException e) {
            model.addAttribute("formError", problems.of(e));
        }
        model.addAttribute("failedId", id);
        model.addAttribute("withheldValues", withheld);
        model.addAttribute("reasonValues", reasons);
        model.addAttribute("errors", errors);
        model.addAttribute("publications", publications.listPublications(actor));
        model.addAttribute("redactable", PublicationView.REDACTABLE_FIELDS);
        model.addAttribute("publicFields", PublicationView.PUBLIC_FIELDS);
        return "disposal/publications";
    }

    /** 一公开: released results and announcements, without login. */
    @GetMapping("/public/results")
    @PreAuthorize("permitAll()")
    String publicResults(@RequestParam Map<String, String> params, Model model) {
        // searched and paged in the database (issue 17.4); only released results, a withheld name never matched
        Paged<org.spotcheck.disposal.api.PublicResultView> found = publications.searchPublicResults(
                new org.spotcheck.disposal.api.PublicResultQuery(params.get("enterprise"), params.get("product"), params.get("kind"),
                        dayOrNone(params.get("from")), dayOrNone(params.get("to")), Paged.page(params.get("page")),
                        Paged.size(params.get("size"))));
        model.addAttribute("found", found);
        model.addAttribute("results", found.items());
        model.addAttribute("filters", Paged.query(params, "enterprise", "product", "kind", "from", "to", "size", "lang"));
        model.addAttribute("publicFields", PublicationView.PUBLIC_FIELDS);
        return "disposal/public-results";
    }
}
