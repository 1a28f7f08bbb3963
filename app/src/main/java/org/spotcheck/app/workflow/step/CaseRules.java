package org.spotcheck.app.workflow.step;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.app.workflow.form.FormSchema;
import org.spotcheck.app.workflow.form.FormSchemas;

/**
 * What a sampling step's case adds to its form's JSON Schema (issue 19): the one schema that the server serves with the
 * task, checks every completion against, and that the offline sampling app checks a form with before it is sent. Each
 * keyword added names the rule the sampling module gives for the same check (SamplingRecordService, CustodyService),
 * which still runs after the schema: the module stays right for any caller.
 */
final class CaseRules {

    private static final String ONLINE = "/then/allOf/0/then";

    private CaseRules() {
    }

    /**
     * The sampling form ({@code then}: outcome absent or SAMPLED) with the least quantities of the case's implementation
     * rule (R29: the rule in force fixes the portions; BELOW_RULE_QUANTITY), and for online sampling (channel E_COMMERCE)
     * the platform, shop, buyer account and order number, at least one screenshot (ONLINE_SCREENSHOTS_REQUIRED) and the
     * backup portion at the lab (R30: ONLINE_BACKUP_AT_LAB).
     */
    @SuppressWarnings("unchecked")
    static FormSchema sampling(FormSchemas schemas, FormSchema base, int testPortion, int backupPortion, String unit) {
        Map<String, Object> json = FormSchemas.deepCopy(base.json());
        Map<String, String> rules = new HashMap<>(base.rules());
        Map<String, String> messages = new HashMap<>(base.messages());
        Map<String, Object> then = (Map<String, Object>) json.get("then");
        Map<String, Object> properties = (Map<String, Object>) then.get("properties");
        quantity(schemas, properties, rules, messages, "testQuantity", testPortion, unit);
        quantity(schemas, properties, rules, messages, "backupQuantity", backupPortion, unit);

        Map<String, Object> online = new LinkedHashMap<>();
        List<String> required = List.of("photoIds", "onlinePlatform", "onlineShop", "buyerAccount", "orderNumber");
        online.put("required", required);
        Map<String, Object> onlineProperties = new LinkedHashMap<>();
        onlineProperties.put("photoIds", new LinkedHashMap<>(Map.of("minItems", 1)));
        onlineProperties.put("backupLocation", new LinkedHashMap<>(Map.of("const", "LAB")));
        for (String name : required.subList(1, required.size())) {
            onlineProperties.put(name, new LinkedHashMap<>(Map.of("minLength", 1, "pattern", "\\S")));
            rules.put(ONLINE + "/required/" + name, "REQUIRED");
            rules.put(ONLINE + "/properties/" + name + "/minLength", "REQUIRED");
            rules.put(ONLINE + "/properties/" + name + "/pattern", "REQUIRED");
        }
        online.put("properties", onlineProperties);
        rules.put(ONLINE + "/required/photoIds", "ONLINE_SCREENSHOTS_REQUIRED");
        rules.put(ONLINE + "/properties/photoIds/minItems", "ONLINE_SCREENSHOTS_REQUIRED");
        String screenshots = schemas.text("problem.ONLINE_SCREENSHOTS_REQUIRED");
        messages.put(ONLINE + "/required/photoIds", screenshots);
        messages.put(ONLINE + "/properties/photoIds/minItems", screenshots);
        rules.put(ONLINE + "/properties/backupLocation/const", "ONLINE_BACKUP_AT_LAB");
        messages.put(ONLINE + "/properties/backupLocation/const", schemas.text("problem.ONLINE_BACKUP_AT_LAB"));
        then.put("allOf", List.of(Map.of(
                "if", Map.of("properties", Map.of("channel", Map.of("const", "E_COMMERCE")), "required", List.of("channel")),
                "then", online)));
        return new FormSchema(json, rules, messages);
    }

    /**
     * The confirmation with a paper signature (method PAPER, recorded by a sampler present): who signed and the photo of
     * the signed form are required (CustodyService: REQUIRED, SIGNATURE_PHOTO_REQUIRED).
     */
    @SuppressWarnings("unchecked")
    static FormSchema confirmation(FormSchemas schemas, FormSchema base) {
        Map<String, Object> json = FormSchemas.deepCopy(base.json());
        Map<String, String> rules = new HashMap<>(base.rules());
        Map<String, String> messages = new HashMap<>(base.messages());
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("required", List.of("signedByName", "signaturePhotoId"));
        paper.put("properties", Map.of("signedByName", Map.of("minLength", 1, "pattern", "\\S")));
        json.put("allOf", List.of(Map.of(
                "if", Map.of("properties", Map.of("method", Map.of("const", "PAPER")), "required", List.of("method")),
                "then", paper)));
        rules.put("/allOf/0/then/required/signedByName", "REQUIRED");
        rules.put("/allOf/0/then/properties/signedByName/minLength", "REQUIRED");
        rules.put("/allOf/0/then/properties/signedByName/pattern", "REQUIRED");
        rules.put("/allOf/0/then/required/signaturePhotoId", "SIGNATURE_PHOTO_REQUIRED");
        messages.put("/allOf/0/then/required/signaturePhotoId", schemas.text("problem.SIGNATURE_PHOTO_REQUIRED"));
        return new FormSchema(json, rules, messages);
    }

    @SuppressWarnings("unchecked")
    private static void quantity(FormSchemas schemas, Map<String, Object> properties, Map<String, String> rules,
            Map<String, String> messages, String field, int portion, String unit) {
        if (portion <= 1) {
            return; // @Min(1) of the form already says it
        }
        Map<String, Object> property = (Map<String, Object>) properties.get(field);
        property.put("minimum", portion);
        String pointer = "/then/properties/" + field + "/minimum";
        rules.put(pointer, "BELOW_RULE_QUANTITY");
        messages.put(pointer, schemas.text("problem.BELOW_RULE_QUANTITY", portion, unit == null ? "" : unit));
    }
}
