package org.spotcheck.disposal.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * Quality early warning (质量预警, domain.md §5.3): the rules of an authority and the warnings they raise.
 */
public interface QualityWarnings {

    /** A warning rule of the caller's authority, per product, industry and region. */
    WarningRuleView createWarningRule(Actor actor, WarningRuleCommand command);

    /** One rule of the caller's authority, with the version to send back with an edit. */
    WarningRuleView getWarningRule(Actor actor, long ruleId);

    /** Edits a rule; 409 CONCURRENT_CHANGE if it changed since the version was read. */
    WarningRuleView updateWarningRule(Actor actor, long ruleId, WarningRuleCommand command);

    /** A deactivated rule never fires again until it is reactivated; the warnings it raised stay. */
    WarningRuleView deactivateWarningRule(Actor actor, long ruleId);

    WarningRuleView reactivateWarningRule(Actor actor, long ruleId);

    /** The rules of the caller's authority, active and inactive. */
    List<WarningRuleView> listWarningRules(Actor actor);

    List<WarningView> listWarnings(Actor actor);

    WarningView getWarning(Actor actor, long warningId);

    /** A planner links the special plan he started for the warning, or dismisses it with a reason (planCode null). */
    WarningView handleWarning(Actor actor, long warningId, String planCode, String comment);
}
