package org.spotcheck.app.workflow.form;

import java.util.Map;

/**
 * A task's form as JSON Schema (draft 2020-12), and for each constraint keyword of it the rule code
 * a refusal names and its text: the rule is the Bean Validation constraint the keyword came from
 * ({@code NotNull}, {@code Size}, {@code Pattern}, ...), as the record's own validation names it.
 *
 * @param json     the schema, as served in {@code GET /api/tasks/{id}} ({@code form})
 * @param rules    schema pointer of a keyword (for {@code required}: the object's pointer + {@code /required/<field>}) to its rule
 * @param messages the same pointers to a "中文 / English" text, where the constraint brings its own
 */
public record FormSchema(Map<String, Object> json, Map<String, String> rules, Map<String, String> messages) {

    public FormSchema {
        json = java.util.Collections.unmodifiableMap(json);
        rules = Map.copyOf(rules);
        messages = Map.copyOf(messages);
    }
}
