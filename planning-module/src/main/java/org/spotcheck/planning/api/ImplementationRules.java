package org.spotcheck.planning.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * Implementation rules (实施细则) and their versions. Every method applies the caller's
 * data scope: an official sees and acts on the plans of his own authority and on register entries within his own region.
 */
public interface ImplementationRules {

    RuleView getRule(long ruleId);

    /** The active implementation rule of a product. */
    RuleView activeRule(String productCode);

    /** Every version of every implementation rule, newest first, without items. */
    List<RuleView> rules();

    /** A new DRAFT version of a product's rule. */
    RuleView draftRule(Actor actor, RuleDraftCommand command);

    /** Replaces the test items of a DRAFT rule from a CSV or XLSX file, all or nothing. */
    RuleView importRuleItems(Actor actor, long ruleId, UploadedFile file);

    /** A new DRAFT version copied from a published one (the way to change a published rule). */
    RuleView newRuleVersion(Actor actor, long ruleId, String version);

    /** Publishes a DRAFT: it becomes ACTIVE and the product's previous ACTIVE version SUPERSEDED. */
    RuleView publishRule(Actor actor, long ruleId);
}
