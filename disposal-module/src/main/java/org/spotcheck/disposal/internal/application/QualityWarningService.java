package org.spotcheck.disposal.internal.application;

import jakarta.validation.Validator;
import java.util.List;
import org.spotcheck.disposal.api.QualityWarnings;
import org.spotcheck.disposal.api.WarningRuleCommand;
import org.spotcheck.disposal.api.WarningRuleView;
import org.spotcheck.disposal.api.WarningView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link QualityWarnings} on {@link Warnings}. */
@Service
@Transactional
class QualityWarningService implements QualityWarnings {

    private final Warnings warnings;

    private final Validator validator;

    QualityWarningService(Warnings warnings, Validator validator) {
        this.warnings = warnings;
        this.validator = validator;
    }

    @Override
    public WarningRuleView createWarningRule(Actor actor, WarningRuleCommand command) {
        Validation.check(validator, command);
        return warnings.createRule(actor, command);
    }

    @Override
    @Transactional(readOnly = true)
    public WarningRuleView getWarningRule(Actor actor, long ruleId) {
        return warnings.getRule(actor, ruleId);
    }

    @Override
    public WarningRuleView updateWarningRule(Actor actor, long ruleId, WarningRuleCommand command) {
        Validation.check(validator, command);
        return warnings.updateRule(actor, ruleId, command);
    }

    @Override
    public WarningRuleView deactivateWarningRule(Actor actor, long ruleId) {
        return warnings.setActive(actor, ruleId, false);
    }

    @Override
    public WarningRuleView reactivateWarningRule(Actor actor, long ruleId) {
        return warnings.setActive(actor, ruleId, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WarningRuleView> listWarningRules(Actor actor) {
        return warnings.rules(actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WarningView> listWarnings(Actor actor) {
        return warnings.list(actor);
    }

    @Override
    @Transactional(readOnly = true)
    public WarningView getWarning(Actor actor, long warningId) {
        return warnings.get(actor, warningId);
    }

    @Override
    public WarningView handleWarning(Actor actor, long warningId, String planCode, String comment) {
        return warnings.handle(actor, warningId, planCode, comment);
    }
}
