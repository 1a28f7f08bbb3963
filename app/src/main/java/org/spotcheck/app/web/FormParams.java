package org.spotcheck.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * Turns a page's form fields into the same JSON-shaped map the API takes, so pages and API run
 * the same validation: {@code results.PB-01=0.03} becomes {@code {"results": {"PB-01": "0.03"}}},
 * list fields become lists, blank fields are left out.
 */
public final class FormParams {

    private static final Set<String> LIST_FIELDS = Set.of("samplers", "photoIds", "evidenceIds", "disputedItems", "countersigners");
    /*
     * file: the upload widget's input, sent separately. lang: the page's language switch (LocaleChangeInterceptor), which a
     * post's address may carry (/tasks/…/complete?lang=en); as a form field the step's schema refused it (表单没有此字段),
     * a refusal no field shows, so a post whose only other fault is checked after the schema (a production date after
     * today) read 请修正标出的字段 with no field marked (brief fix17, forms17's open point).
     */
    private static final Set<String> IGNORED = Set.of("_csrf", "file", "lang");

    private FormParams() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(MultiValueMap<String, String> params) {
        Map<String, Object> result = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (IGNORED.contains(name)) {
                return;
            }
            List<String> nonBlank = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (LIST_FIELDS.contains(name)) {
                result.put(name, nonBlank);
                return;
            }
            if (nonBlank.isEmpty()) {
                return;
            }
            int dot = name.indexOf('.');
            if (dot > 0) {
                Map<String, Object> nested = (Map<String, Object>) result.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<>());
                nested.put(name.substring(dot + 1), nonBlank.get(0));
            } else {
                result.put(name, nonBlank.get(0));
            }
        });
        return result;
    }
}
