package org.spotcheck.app.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One catalogue of every {@code rule} code a problem detail (or one of its {@code errors[]}) may carry, with the HTTP
 * statuses it comes with and its text in Chinese and English (issue 18, ADR 0017): {@code GET /api/public/problem-rules}.
 *
 * <p>The codes and statuses are {@code openapi/problem-rules.properties}, which {@code ProblemRuleCatalogueTest}
 * generates from the code base (every throw site and every exception handler or filter that answers a problem) and
 * keeps up to date: it fails when a rule is thrown that the file does not list. The texts are the bundles'
 * {@code problem.<RULE>}, read here, with the refusal's values as {0}, {1}, …; a rule without a text in the bundles
 * has {@code null} (the server then answers the exception's own message). Field rules of Bean Validation
 * ({@code NotNull}, {@code Size}, …) appear in {@code errors[].rule} with status 400.
 */
@RestController
class ProblemRuleController {

    static final String RESOURCE = "openapi/problem-rules.properties";

    private final List<ProblemRule> rules;

    ProblemRuleController(MessageSource messages) {
        List<ProblemRule> all = new ArrayList<>();
        statuses().forEach((rule, statuses) -> all.add(new ProblemRule(rule, statuses,
                messages.getMessage("problem." + rule, null, null, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage("problem." + rule, null, null, Locale.ENGLISH))));
        this.rules = List.copyOf(all);
    }

    /** Every rule code, sorted, with its statuses and texts. Public: it holds no data, only the contract. */
    @GetMapping("/api/public/problem-rules")
    @PreAuthorize("permitAll()")
    List<ProblemRule> problemRules() {
        return rules;
    }

    /** The rule codes of the catalogue with their statuses, sorted by code. */
    static TreeMap<String, List<Integer>> statuses() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return statuses(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TreeMap<String, List<Integer>> statuses(InputStream in) throws IOException {
        Properties file = new Properties();
        file.load(in);
        TreeMap<String, List<Integer>> statuses = new TreeMap<>();
        file.stringPropertyNames().forEach(rule -> statuses.put(rule,
                Arrays.stream(file.getProperty(rule).split(",")).map(String::trim).map(Integer::valueOf).sorted().toList()));
        return statuses;
    }
}
