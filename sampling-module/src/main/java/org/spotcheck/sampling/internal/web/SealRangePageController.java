package org.spotcheck.sampling.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.sampling.api.IssueSealRangeCommand;
import org.spotcheck.sampling.api.SamplerDirectory;
import org.spotcheck.sampling.api.SealRangeApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.ControlCharacters;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RefusesControlCharactersItself;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 封条号段: the page on which an authority's planner issues seal ranges to its samplers and withdraws them (issue 19). */
@Controller
@PreAuthorize("hasRole('PLANNER')")
class SealRangePageController {

    /** A sampler the range may be issued to, as the page's picker lists it. */
    record SamplerOption(String code, String name) {
    }

    private static final List<String> FIELDS = List.of("prefix", "digits", "firstNumber", "lastNumber", "samplerUsername");

    private final SealRangeApi sealRanges;
    private final SamplerDirectory samplers;
    private final SamplingPageProblems problems;

    SealRangePageController(SealRangeApi sealRanges, SamplerDirectory samplers, SamplingPageProblems problems) {
        this.sealRanges = sealRanges;
        this.samplers = samplers;
        this.problems = problems;
    }

    @GetMapping("/seal-ranges")
    String list(Actor actor, Model model) {
        return render(actor, model, Map.of("digits", "6"), Map.of());
    }

    @PostMapping("/seal-ranges")
    @RefusesControlCharactersItself
    String issue(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            ControlCharacters.refuseValues(params, "control character"); // beside the field
            var issued = sealRanges.issueSealRange(actor, command(params));
            redirect.addFlashAttribute("issued", issued.first() + " – " + issued.last());
            return "redirect:/seal-ranges";
        } catch (InvalidInputException e) {
            model.addAttribute("formError", true);
            return render(actor, model, ControlCharacters.stripped(params), problems.byField(e));
        }
    }

    @PostMapping("/seal-ranges/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            var withdrawn = sealRanges.withdrawSealRange(actor, id);
            redirect.addFlashAttribute("withdrawn", withdrawn.first() + " – " + withdrawn.last());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", problems.of(e));
        }
        return "redirect:/seal-ranges";
    }

    /** The form's fields as the command: a number that is not one is refused beside its field (MALFORMED_VALUE). */
    private static IssueSealRangeCommand command(Map<String, String> params) {
        return new IssueSealRangeCommand(text(params, "prefix"), number(params, "digits") == null ? null : number(params, "digits").intValue(),
                number(params, "firstNumber"), number(params, "lastNumber"), text(params, "samplerUsername"));
    }

    private static String text(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Long number(Map<String, String> params, String name) {
        String v = text(params, name);
        if (v == null) {
            return null;
        }
        if (!v.matches("[0-9]{1,15}")) {
            throw InvalidInputException.of(name, "MALFORMED_VALUE", "wrong format");
        }
        return Long.parseLong(v);
    }

    private String render(Actor actor, Model model, Map<String, String> values, Map<String, String> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        FIELDS.forEach(f -> shown.put(f, values.get(f)));
        model.addAttribute("ranges", sealRanges.issuedSealRanges(actor));
        model.addAttribute("samplers", samplers.samplersOf(actor.orgCode()).entrySet().stream()
                .map(e -> new SamplerOption(e.getKey(), e.getValue())).toList());
        model.addAttribute("values", shown);
        model.addAttribute("errors", errors);
        return "sampling/seal-ranges";
    }
}
