package org.spotcheck.app.workflow;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.testing.api.ItemNames;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Issue 17: names the lab's test items copied before they kept their English name (V3_180) from their rule's items, on
 * start. Across the modules' facades, not in a migration: a module's migration touches only its own tables, and
 * planning's rule items are planning's. Idempotent and cheap once done (one query finds nothing left), so every node
 * may run it; an item whose rule no longer names its code keeps only its Chinese name.
 */
@Component
@Order(10) // after the demo data (DemoDataLoader, order 0)
public class ItemEnglishNames implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ItemEnglishNames.class);

    private final ItemNames items;
    private final ImplementationRules rules;

    ItemEnglishNames(ItemNames items, ImplementationRules rules) {
        this.items = items;
        this.rules = rules;
    }

    @Override
    public void run(ApplicationArguments args) {
        int named = fill();
        if (named > 0) {
            log.info("Test items named in English from their rules: {}", named);
        }
    }

    /** Names the unnamed items of every rule; returns how many were named. */
    public int fill() {
        int named = 0;
        for (long ruleId : items.rulesWithUnnamedItems()) {
            Map<String, String> names = new HashMap<>();
            try {
                for (RuleView.Item item : rules.getRule(ruleId).items()) {
                    names.put(item.code(), item.nameEn());
                }
            } catch (NotFoundException gone) {
                continue;
            }
            named += items.nameInEnglish(ruleId, names);
        }
        return named;
    }
}
