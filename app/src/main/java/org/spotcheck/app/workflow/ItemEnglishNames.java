package org.spotcheck.app.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 17: names the lab's test items copied before they kept their English name (V3_180) from their rule's items, on
 * start. Across the modules' facades, not in a migration: a module's migration touches only its own tables, and
 * planning's rule items are planning's. Idempotent, so every node may run it; an item whose rule no longer names its
 * code keeps only its Chinese name. Once it has run it records so ({@code sys_startup_once}, V5_205), and a later start
 * looks up that one row by its key and does nothing (review robust16: the query over every lab sample's items and
 * reports ran on every start, and found the items no rule names every time).
 */
@Component
@Order(10) // after the demo data (DemoDataLoader, order 0)
public class ItemEnglishNames implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ItemEnglishNames.class);

    /** Its key in {@code sys_startup_once}. */
    static final String ONCE = "ITEM_ENGLISH_NAMES";
    /** The key of the English methods, requirements and units (brief bil17, V3_200), done once the same way. */
    static final String ONCE_WORDING = "ITEM_ENGLISH_WORDING";

    private final ItemNames items;
    private final ImplementationRules rules;
    private final JdbcTemplate jdbc;

    ItemEnglishNames(ItemNames items, ImplementationRules rules, JdbcTemplate jdbc) {
        this.items = items;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        once(ONCE, this::fill, "Test items named in English from their rules: {}");
        once(ONCE_WORDING, this::word, "Test items given their rules' English method, requirement and unit: {}");
    }

    private void once(String key, java.util.function.IntSupplier work, String message) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_startup_once WHERE name = ?", Integer.class, key) > 0) {
            return;
        }
        int done = work.getAsInt();
        if (done > 0) {
            log.info(message, done);
        }
        try {
            jdbc.update("INSERT INTO sys_startup_once (name, done_at) VALUES (?, ?)", key,
                    Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        } catch (DuplicateKeyException anotherNode) {
            // another node started at the same time and recorded the same
        }
    }

    /**
     * Gives the items copied before V3_200 their rule items' English method, requirement and unit (brief bil17); returns
     * how many rows were changed. An item whose rule gives no English method keeps the Chinese one.
     */
    public int word() {
        int worded = 0;
        for (long ruleId : items.rulesWithItemsWithoutEnglishMethod()) {
            Map<String, ItemNames.EnglishWording> wording = new HashMap<>();
            try {
                for (RuleView.Item item : rules.getRule(ruleId).items()) {
                    wording.put(item.code(), new ItemNames.EnglishWording(item.methodEn(), item.displayEn(), item.unitEn()));
                }
            } catch (NotFoundException gone) {
                continue;
            }
            worded += items.wordInEnglish(ruleId, wording);
        }
        return worded;
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
